"use client";

import { AppstoreAddOutlined } from "@ant-design/icons";
import { useMutation } from "@apollo/client/react";
import { Alert, App, Button, Drawer, Empty, Flex, Switch, Tag, Typography, theme } from "antd";
import { useState } from "react";
import type { ServiceAddonStateFragment, ServiceRowFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { formatDateTime } from "@/shared/format";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { useViewer } from "../../session/components/viewer-provider";
import { SetServiceAddonMutation } from "../graphql/service.operations";
import { canSwitchAddons } from "../service-access";
import { serviceMessages } from "../service.messages";

/** 增值服务 of one service: a button with how many are on, opening a drawer of switches. */
export function ServiceAddonsButton({ service }: { service: ServiceRowFragment }) {
  const t = useMessages(serviceMessages);
  const [open, setOpen] = useState(false);
  const on = service.addons.filter((a) => a.enabled).length;
  return (
    <>
      <Button
        type="link"
        size="small"
        icon={<AppstoreAddOutlined />}
        onClick={() => setOpen(true)}
        data-testid="service-addons-open"
      >
        {t.addonsCount(on)}
      </Button>
      <ServiceAddonsDrawer service={open ? service : null} onClose={() => setOpen(false)} />
    </>
  );
}

/** The switches; the mutation answers the service's addons, so the row and the drawer update together. */
export function ServiceAddonsDrawer({ service, onClose }: { service: ServiceRowFragment | null; onClose: () => void }) {
  const lang = useLang();
  const t = useMessages(serviceMessages);
  const viewer = useViewer();
  const mayEdit = canSwitchAddons(viewer);
  const { message, notification } = App.useApp();
  const [setAddon] = useMutation(SetServiceAddonMutation);
  const [pending, setPending] = useState<string | null>(null);
  const { token } = theme.useToken();
  const divider = `1px solid ${token.colorBorderSecondary}`;

  async function toggle(state: ServiceAddonStateFragment, enabled: boolean) {
    if (!service) return;
    setPending(state.addon.id);
    try {
      await setAddon({ variables: { serviceId: service.id, addonId: state.addon.id, enabled } });
      message.success(enabled ? t.addonSwitchedOn(state.addon.name) : t.addonSwitchedOff(state.addon.name));
    } catch (e) {
      notification.error({ title: t.addonFailed, description: describeError(e, lang).message });
    } finally {
      setPending(null);
    }
  }

  return (
    <Drawer
      open={service !== null}
      onClose={onClose}
      title={t.addonsTitle}
      size={440}
      destroyOnHidden
      data-testid="service-addons-drawer"
    >
      {service ? (
        <Flex vertical gap={16}>
          <div>
            <Typography.Text strong>
              {t.addonsFor(service.productLine?.name ?? "—", service.domainUnicode)}
            </Typography.Text>
            {service.edition ? <Tag style={{ marginInlineStart: 8 }}>{service.edition.name}</Tag> : null}
            {mayEdit ? (
              <div>
                <Typography.Text type="secondary">{t.addonsIntro}</Typography.Text>
              </div>
            ) : null}
          </div>
          {mayEdit ? null : <Alert type="info" showIcon title={t.addonsReadOnly} />}
          {service.addons.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.addonsNone} />
          ) : (
            <div style={{ border: divider, borderRadius: token.borderRadiusLG }}>
              {service.addons.map((a, index) => (
                <Flex
                  key={a.addon.id}
                  justify="space-between"
                  align="center"
                  gap={16}
                  style={{
                    padding: "12px 16px",
                    borderTop: index === 0 ? undefined : divider,
                  }}
                  data-testid="service-addon"
                >
                  <div style={{ minWidth: 0 }}>
                    <Flex gap={8} align="center" wrap>
                      <Typography.Text strong>{a.addon.name}</Typography.Text>
                      {a.addon.active ? null : <Tag color="orange">{t.addonDiscontinued}</Tag>}
                    </Flex>
                    {a.addon.description ? (
                      <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0" }}>
                        {a.addon.description}
                      </Typography.Paragraph>
                    ) : null}
                    {a.updatedAt ? (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t.addonUpdatedAt(formatDateTime(a.updatedAt, lang))}
                      </Typography.Text>
                    ) : null}
                  </div>
                  <Switch
                    checked={a.enabled}
                    loading={pending === a.addon.id}
                    disabled={
                      !mayEdit || (pending !== null && pending !== a.addon.id) || (!a.addon.active && !a.enabled)
                    }
                    checkedChildren={t.addonOn}
                    unCheckedChildren={t.addonOff}
                    onChange={(checked) => void toggle(a, checked)}
                    aria-label={a.addon.name}
                    data-testid={`service-addon-switch-${a.addon.code}`}
                  />
                </Flex>
              ))}
            </div>
          )}
        </Flex>
      ) : null}
    </Drawer>
  );
}
