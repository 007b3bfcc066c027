"use client";

import { useMutation, useQuery } from "@apollo/client/react";
import { hasBasicPermission, isStrongPassword, isValidLoginName, isValidMobile } from "@crm/domain";
import { Alert, App, Button, Checkbox, Col, Drawer, Form, Input, Radio, Row, Space, Tooltip } from "antd";
import { useState } from "react";
import type { AccountRowFragment, AccountType, DealerPermission } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { ACCOUNT_TYPE_OPTIONS } from "@/shared/domain-labels";
import { pickCatalogLabel, pickLabel } from "@/shared/i18n/lang";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { useViewer } from "../../session/components/viewer-provider";
import { isDealerAdmin } from "../../session/viewer";
import { accountMessages } from "../account.messages";
import { canGrant } from "../grantable";
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
  const [skipped, setSkipped] = useState<string[]>([]);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const catalog = useQuery(AccountFormCatalogQuery, { fetchPolicy: "cache-first" });
  const [createAccount, createState] = useMutation(CreateAccountMutation);
  const [updateAccount, updateState] = useMutation(UpdateAccountMutation);
  const saving = createState.loading || updateState.loading;

  const editing = mode.kind === "edit" ? mode.account : null;
  const originallyHeld: readonly DealerPermission[] = editing?.permissions ?? [];
  // Only dealer admins create or change administrator accounts (the API refuses otherwise).
  const mayTouchAdmins = isDealerAdmin(viewer);
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

  function applyPreset(code: string) {
    const preset = presets.find((p) => p.code === code);
    if (!preset) return;
    const grantable = preset.permissions.filter((p) => canGrant(viewer, p));
    const notHeld = preset.permissions.filter((p) => !canGrant(viewer, p));
    setSkipped(
      notHeld.map((code) => {
        const entry = permissionCatalog.find((c) => c.code === code);
        return entry ? pickCatalogLabel(lang, entry) : code;
      }),
    );
    form.setFieldsValue({ accountType: preset.accountType, permissions: grantable });
    void form.validateFields(["permissions"]);
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
          options={presets.map((p) => ({ value: p.code, label: pickCatalogLabel(lang, p) }))}
          onChange={(e) => applyPreset(String(e.target.value))}
        />
      </Form.Item>
      {skipped.length > 0 ? (
        <Alert type="warning" showIcon title={t.presetSkipped(skipped.join("、"))} style={{ marginBottom: 16 }} />
      ) : null}
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
              options={ACCOUNT_TYPE_OPTIONS.map((o) => ({
                value: o.code,
                label: pickLabel(lang, o),
                disabled: o.code === "ADMIN" && !mayTouchAdmins,
              }))}
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
            validator: (_, value: DealerPermission[] | undefined) =>
              getFieldValue("accountType") === "STAFF" && (value ?? []).some((p) => p === "ADMIN" || p === "ASSISTANT")
                ? Promise.reject(new Error(t.staffNoAdminPermission))
                : Promise.resolve(),
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
