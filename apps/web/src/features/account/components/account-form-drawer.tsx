"use client";

import { useMutation, useQuery } from "@apollo/client/react";
import {
  accountShapeProblem,
  hasBasicPermission,
  isStrongPassword,
  isValidLoginName,
  isValidMobile,
} from "@crm/domain";
import { Alert, App, Button, Checkbox, Col, Drawer, Form, Input, Radio, Row, Space, Tooltip } from "antd";
import { useState } from "react";
import type { AccountRowFragment, AccountType, DealerPermission } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { ACCOUNT_TYPE_OPTIONS } from "@/shared/domain-labels";
import { pickCatalogLabel, pickLabel } from "@/shared/i18n/lang";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { useViewer } from "../../session/components/viewer-provider";
import { accountMessages } from "../account.messages";
import { canCreateAccountType, canGrant, permissionsForType, permissionsNotHeld } from "../grantable";
import { AccountFormCatalogQuery, CreateAccountMutation, UpdateAccountMutation } from "../graphql/account.operations";
import { AccountSelect } from "./account-select";

interface AccountFormValues {
  preset?: string;
  loginName: string;
  password: string;
  realName: string;
  mobile?: string;
  accountType: AccountType;
  superiorId: string | null;
  permissions: DealerPermission[];
}

export type AccountFormMode = { kind: "create" } | { kind: "edit"; account: AccountRowFragment };

/** Create or edit a dealer account: preset, identity, type, superior and the 11 permissions. */
export function AccountFormDrawer({
  mode,
  onClose,
  onSaved,
}: {
  mode: AccountFormMode | null;
  onClose: () => void;
  onSaved: (account: AccountRowFragment, created: boolean) => void;
}) {
  const t = useMessages(accountMessages);
  return (
    <Drawer
      open={mode !== null}
      onClose={onClose}
      size={680}
      destroyOnHidden
      title={mode?.kind === "edit" ? t.editTitle(mode.account.realName) : t.createTitle}
    >
      {mode ? (
        <AccountForm
          key={mode.kind === "edit" ? mode.account.id : "create"}
          mode={mode}
          onClose={onClose}
          onSaved={onSaved}
        />
      ) : null}
    </Drawer>
  );
}

function AccountForm({
  mode,
  onClose,
  onSaved,
}: {
  mode: AccountFormMode;
  onClose: () => void;
  onSaved: (account: AccountRowFragment, created: boolean) => void;
}) {
  const lang = useLang();
  const t = useMessages(accountMessages);
  const viewer = useViewer();
  const { message } = App.useApp();
  const [form] = Form.useForm<AccountFormValues>();
  const [submitError, setSubmitError] = useState<string | null>(null);
  const catalog = useQuery(AccountFormCatalogQuery, { fetchPolicy: "cache-first" });
  const [createAccount, createState] = useMutation(CreateAccountMutation);
  const [updateAccount, updateState] = useMutation(UpdateAccountMutation);
  const saving = createState.loading || updateState.loading;

  const editing = mode.kind === "edit" ? mode.account : null;
  const originallyHeld: readonly DealerPermission[] = editing?.permissions ?? [];
  const permissionCatalog = catalog.data?.permissionCatalog ?? [];
  const presets = catalog.data?.rolePresets ?? [];

  const initialValues: Partial<AccountFormValues> = editing
    ? {
        loginName: editing.loginName,
        realName: editing.realName,
        mobile: editing.mobile ?? undefined,
        accountType: editing.accountType ?? "STAFF",
        superiorId: editing.superior?.id ?? null,
        permissions: [...editing.permissions],
      }
    : { accountType: "STAFF", superiorId: null, permissions: [] };

  function labelsOf(codes: readonly DealerPermission[]): string {
    return codes
      .map((code) => {
        const entry = permissionCatalog.find((c) => c.code === code);
        return entry ? pickCatalogLabel(lang, entry) : code;
      })
      .join("、");
  }

  function applyPreset(code: string) {
    const preset = presets.find((p) => p.code === code);
    // Presets the viewer can't fully grant are disabled, so this applies the whole preset.
    if (!preset || permissionsNotHeld(viewer, preset.permissions).length > 0) return;
    form.setFieldsValue({ accountType: preset.accountType, permissions: [...preset.permissions] });
    void form.validateFields(["permissions"]);
  }

  /** Keeps the permissions in step with the type: 管理员 ⇔ 管理员权限, 助理 ⇔ 助理权限, 员工 neither. */
  function onAccountTypeChange(accountType: AccountType) {
    const current = (form.getFieldValue("permissions") as DealerPermission[] | undefined) ?? [];
    const next = permissionsForType(accountType, current).filter((p) => canGrant(viewer, p) || current.includes(p));
    form.setFieldsValue({ permissions: next });
    void form.validateFields(["permissions"]);
  }

  function shapeMessage(accountType: AccountType, permissions: readonly DealerPermission[]): string | null {
    switch (accountShapeProblem(accountType, permissions)) {
      case "ADMIN_NEEDS_ADMIN_PERMISSION":
        return t.shapeAdminNeedsAdmin;
      case "ASSISTANT_NEEDS_ASSISTANT_PERMISSION":
        return t.shapeAssistantNeedsAssistant;
      case "ADMIN_PERMISSION_NEEDS_ADMIN":
        return t.shapeAdminPermissionNeedsAdmin;
      case "STAFF_HOLDS_ASSISTANT":
        return t.shapeStaffHoldsAssistant;
      default:
        return null;
    }
  }

  async function onFinish(values: AccountFormValues) {
    setSubmitError(null);
    const mobile = values.mobile?.trim() ? values.mobile.trim() : null;
    try {
      if (editing) {
        const result = await updateAccount({
          variables: {
            id: editing.id,
            input: {
              realName: values.realName.trim(),
              mobile,
              accountType: values.accountType,
              permissions: values.permissions,
              // `superiorId: null` removes the superior (UpdateAccountInput).
              superiorId: values.superiorId ?? null,
            },
          },
        });
        if (result.data) {
          message.success(t.saved);
          onSaved(result.data.updateAccount, false);
        }
      } else {
        const result = await createAccount({
          variables: {
            input: {
              loginName: values.loginName.trim(),
              password: values.password,
              realName: values.realName.trim(),
              mobile,
              accountType: values.accountType,
              superiorId: values.superiorId ?? null,
              permissions: values.permissions,
            },
          },
        });
        if (result.data) {
          message.success(t.created(result.data.createAccount.loginName));
          onSaved(result.data.createAccount, true);
        }
      }
    } catch (e) {
      setSubmitError(describeError(e, lang).message);
    }
  }

  return (
    <Form<AccountFormValues>
      name="accountForm"
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      disabled={saving}
      data-testid="account-form"
    >
      {catalog.error ? <Alert type="error" showIcon title={t.catalogFailed} style={{ marginBottom: 16 }} /> : null}
      <Form.Item label={t.preset} name="preset" extra={t.presetHelp}>
        <Radio.Group
          optionType="button"
          style={{ display: "flex", flexWrap: "wrap", gap: 8 }}
          options={presets.map((p) => {
            const missing = permissionsNotHeld(viewer, p.permissions);
            const label = pickCatalogLabel(lang, p);
            return {
              value: p.code,
              disabled: missing.length > 0,
              label:
                missing.length > 0 ? (
                  <Tooltip title={t.presetNotGrantable(labelsOf(missing))}>
                    <span>{label}</span>
                  </Tooltip>
                ) : (
                  label
                ),
            };
          })}
          onChange={(e) => applyPreset(String(e.target.value))}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            label={t.loginName}
            name="loginName"
            rules={[
              { required: true, whitespace: true, message: t.loginNameRequired },
              {
                validator: (_, value: string | undefined) =>
                  !value || isValidLoginName(value) ? Promise.resolve() : Promise.reject(new Error(t.loginNameInvalid)),
              },
            ]}
          >
            <Input placeholder={t.loginNamePlaceholder} disabled={editing !== null} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={12}>
          {editing ? null : (
            <Form.Item
              label={t.password}
              name="password"
              rules={[
                { required: true, message: t.passwordRequired },
                {
                  validator: (_, value: string | undefined) =>
                    !value || isStrongPassword(value)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t.passwordInvalid)),
                },
              ]}
            >
              <Input.Password placeholder={t.passwordPlaceholder} autoComplete="new-password" />
            </Form.Item>
          )}
        </Col>
        <Col span={12}>
          <Form.Item
            label={t.realName}
            name="realName"
            rules={[{ required: true, whitespace: true, message: t.realNameRequired }, { max: 64 }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            label={t.mobile}
            name="mobile"
            rules={[
              {
                validator: (_, value: string | undefined) =>
                  !value?.trim() || isValidMobile(value)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t.mobileInvalid)),
              },
            ]}
          >
            <Input placeholder={t.mobilePlaceholder} autoComplete="off" inputMode="numeric" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            label={t.accountType}
            name="accountType"
            rules={[{ required: true, message: t.accountTypeRequired }]}
          >
            <Radio.Group
              onChange={(e) => onAccountTypeChange(e.target.value as AccountType)}
              options={ACCOUNT_TYPE_OPTIONS.map((o) => {
                // The type's own permission must be grantable (an account being edited may keep its type).
                const allowed = canCreateAccountType(viewer, o.code) || editing?.accountType === o.code;
                return {
                  value: o.code,
                  disabled: !allowed,
                  label: allowed ? (
                    pickLabel(lang, o)
                  ) : (
                    <Tooltip title={t.accountTypeNotCreatable}>
                      <span>{pickLabel(lang, o)}</span>
                    </Tooltip>
                  ),
                };
              })}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={t.superior} name="superiorId">
            <AccountSelect
              placeholder={t.superiorPlaceholder}
              current={editing?.superior ?? null}
              excludeIds={editing ? [editing.id] : []}
              kind="DEALER"
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label={t.permissions}
        name="permissions"
        dependencies={["accountType"]}
        rules={[
          {
            validator: (_, value: DealerPermission[] | undefined) =>
              hasBasicPermission(value ?? []) ? Promise.resolve() : Promise.reject(new Error(t.needsBasic)),
          },
          ({ getFieldValue }) => ({
            validator: (_, value: DealerPermission[] | undefined) => {
              const problem = shapeMessage(getFieldValue("accountType") as AccountType, value ?? []);
              return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
            },
          }),
        ]}
      >
        <Checkbox.Group style={{ width: "100%" }}>
          <Row gutter={[8, 8]}>
            {permissionCatalog.map((p) => {
              // Nobody grants what they don't hold; a permission the account already has may stay or go.
              const grantable = canGrant(viewer, p.code) || originallyHeld.includes(p.code);
              const box = (
                <Checkbox value={p.code} disabled={!grantable} data-testid={`permission-${p.code}`}>
                  {pickCatalogLabel(lang, p)}
                </Checkbox>
              );
              return (
                <Col span={12} key={p.code}>
                  {grantable ? (
                    box
                  ) : (
                    <Tooltip title={t.permissionNotHeld}>
                      <span>{box}</span>
                    </Tooltip>
                  )}
                </Col>
              );
            })}
          </Row>
        </Checkbox.Group>
      </Form.Item>
      {submitError ? (
        <Alert
          type="error"
          showIcon
          title={submitError}
          style={{ marginBottom: 16 }}
          role="alert"
          data-testid="account-form-error"
        />
      ) : null}
      <Space>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="account-form-submit">
          {t.save}
        </Button>
        <Button onClick={onClose} disabled={false}>
          {t.cancel}
        </Button>
      </Space>
    </Form>
  );
}
