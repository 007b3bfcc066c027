"use client";

import { useMutation, useQuery } from "@apollo/client/react";
import { isStrongPassword, isValidLoginName, isValidMobile } from "@crm/domain";
import { Alert, App, Button, Checkbox, Col, Drawer, Form, Input, Row, Space } from "antd";
import { useState } from "react";
import type { AccountRowFragment, VendorRole } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { pickCatalogLabel } from "@/shared/i18n/lang";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import {
  CreateVendorStaffMutation,
  UpdateVendorStaffMutation,
  VendorRoleCatalogQuery,
} from "../graphql/vendor-staff.operations";
import { vendorStaffMessages } from "../vendor-staff.messages";

interface StaffValues {
  loginName: string;
  password: string;
  realName: string;
  mobile?: string;
  vendorRoles: VendorRole[];
}

export type StaffFormMode = { kind: "create" } | { kind: "edit"; account: AccountRowFragment };

export function StaffFormDrawer({
  mode,
  onClose,
  onSaved,
}: {
  mode: StaffFormMode | null;
  onClose: () => void;
  onSaved: (account: AccountRowFragment, created: boolean) => void;
}) {
  const t = useMessages(vendorStaffMessages);
  return (
    <Drawer
      open={mode !== null}
      onClose={onClose}
      size={560}
      destroyOnHidden
      title={mode?.kind === "edit" ? t.editTitle(mode.account.realName) : t.createTitle}
    >
      {mode ? (
        <StaffForm
          key={mode.kind === "edit" ? mode.account.id : "create"}
          mode={mode}
          onClose={onClose}
          onSaved={onSaved}
        />
      ) : null}
    </Drawer>
  );
}

function StaffForm({
  mode,
  onClose,
  onSaved,
}: {
  mode: StaffFormMode;
  onClose: () => void;
  onSaved: (account: AccountRowFragment, created: boolean) => void;
}) {
  const lang = useLang();
  const t = useMessages(vendorStaffMessages);
  const { message } = App.useApp();
  const catalog = useQuery(VendorRoleCatalogQuery, { fetchPolicy: "cache-first" });
  const [create, createState] = useMutation(CreateVendorStaffMutation);
  const [update, updateState] = useMutation(UpdateVendorStaffMutation);
  const [error, setError] = useState<string | null>(null);
  const saving = createState.loading || updateState.loading;
  const editing = mode.kind === "edit" ? mode.account : null;

  async function onFinish(values: StaffValues) {
    setError(null);
    const mobile = values.mobile?.trim() ? values.mobile.trim() : null;
    try {
      if (editing) {
        const result = await update({
          variables: {
            id: editing.id,
            input: { realName: values.realName.trim(), mobile, vendorRoles: values.vendorRoles },
          },
        });
        if (result.data) {
          message.success(t.saved);
          onSaved(result.data.updateVendorStaff, false);
        }
      } else {
        const result = await create({
          variables: {
            input: {
              loginName: values.loginName.trim(),
              password: values.password,
              realName: values.realName.trim(),
              mobile,
              vendorRoles: values.vendorRoles,
            },
          },
        });
        if (result.data) {
          message.success(t.created(result.data.createVendorStaff.loginName));
          onSaved(result.data.createVendorStaff, true);
        }
      }
    } catch (e) {
      setError(describeError(e, lang).message);
    }
  }

  return (
    <Form<StaffValues>
      name="staffForm"
      layout="vertical"
      onFinish={onFinish}
      disabled={saving}
      initialValues={
        editing
          ? {
              loginName: editing.loginName,
              realName: editing.realName,
              mobile: editing.mobile ?? undefined,
              vendorRoles: [...editing.vendorRoles],
            }
          : { vendorRoles: [] }
      }
      data-testid="staff-form"
    >
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
            <Input disabled={editing !== null} autoComplete="off" />
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
              <Input.Password autoComplete="new-password" />
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
            <Input inputMode="numeric" autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label={t.roles}
        name="vendorRoles"
        rules={[{ required: true, type: "array", min: 1, message: t.rolesRequired }]}
      >
        <Checkbox.Group
          options={(catalog.data?.vendorRoleCatalog ?? []).map((r) => ({
            value: r.code,
            label: pickCatalogLabel(lang, r),
          }))}
        />
      </Form.Item>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" /> : null}
      <Space>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="staff-form-submit">
          {t.save}
        </Button>
        <Button onClick={onClose}>{t.cancel}</Button>
      </Space>
    </Form>
  );
}
