"use client";

import { ArrowLeftOutlined } from "@ant-design/icons";
import { App, Button, Card } from "antd";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMessages } from "@/shared/i18n/lang-provider";
import { enterpriseMessages } from "../enterprise.messages";
import { EnterpriseForm } from "./enterprise-form";

/** 新建企业 (登记来源 经销商录入): on success, the new enterprise's page. */
export function EnterpriseCreatePage() {
  const t = useMessages(enterpriseMessages);
  const router = useRouter();
  const { message } = App.useApp();
  return (
    <Card
      title={t.newTitle}
      extra={
        <Link href="/enterprises">
          <Button type="text" icon={<ArrowLeftOutlined />}>
            {t.backToList}
          </Button>
        </Link>
      }
    >
      <div style={{ maxWidth: 980 }}>
        <EnterpriseForm
          mode={{ kind: "create" }}
          onCancel={() => router.push("/enterprises")}
          onSaved={(enterprise) => {
            message.success(t.created(enterprise.name));
            router.push(`/enterprises/${enterprise.id}`);
          }}
        />
      </div>
    </Card>
  );
}
