"use client";

import { useMutation } from "@apollo/client/react";
import { App, Button, Popconfirm, Tooltip } from "antd";
import type { RegistrationRowFragment } from "@/gql/graphql";
import { describeError } from "@/shared/apollo/error-message";
import { useLang, useMessages } from "@/shared/i18n/lang-provider";
import { useViewer } from "../../session/components/viewer-provider";
import { UnlockRegistrationMutation } from "../graphql/registration.operations";
import { canUnlockRegistrations } from "../registration-access";
import { registrationMessages } from "../registration.messages";

/** 解锁 of an active registration, behind a confirmation; assistants see it disabled with the reason. */
export function UnlockAction({ row, onUnlocked }: { row: RegistrationRowFragment; onUnlocked: () => void }) {
  const lang = useLang();
  const t = useMessages(registrationMessages);
  const viewer = useViewer();
  const { message, notification } = App.useApp();
  const [unlock, { loading }] = useMutation(UnlockRegistrationMutation);

  if (row.status !== "ACTIVE") return null;
  if (!canUnlockRegistrations(viewer)) {
    return (
      <Tooltip title={t.cannotUnlock}>
        <Button type="link" size="small" disabled>
          {t.unlock}
        </Button>
      </Tooltip>
    );
  }

  async function confirm() {
    try {
      await unlock({ variables: { id: row.id } });
      message.success(t.unlocked(row.domainUnicode));
    } catch (e) {
      notification.error({ title: t.unlockFailed, description: describeError(e, lang).message });
    } finally {
      // Unlocked here or ended meanwhile: the list and the quotas are stale either way.
      onUnlocked();
    }
  }

  return (
    <Popconfirm
      title={t.unlockConfirm(row.domainUnicode)}
      description={t.unlockConfirmHint}
      okText={t.unlock}
      okButtonProps={{ danger: true, "data-testid": "registration-unlock-confirm" }}
      cancelText={t.cancel}
      onConfirm={confirm}
    >
      <Button type="link" size="small" danger loading={loading} data-testid="registration-unlock">
        {t.unlock}
      </Button>
    </Popconfirm>
  );
}
