"use client";

import { CATALOG_NAME_MAX, normalizeCatalogCode } from "@crm/domain";
import { Col, Form, Input } from "antd";
import { useMessages } from "@/shared/i18n/lang-provider";
import { catalogMessages } from "../catalog.messages";

/**
 * The 编码 and 名称 fields every catalogue dialog starts with (product line, edition, addon), as
 * two half-width columns of a form row. The code is fixed once created.
 */
export function CatalogCodeNameFields({ editing }: { editing: boolean }) {
  const t = useMessages(catalogMessages);
  return (
    <>
      <Col span={12}>
        <Form.Item
          label={t.code}
          name="code"
          extra={editing ? undefined : t.codeHelp}
          rules={[
            { required: true, whitespace: true, message: t.codeRequired },
            {
              validator: (_, value: string | undefined) =>
                !value?.trim() || normalizeCatalogCode(value)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t.codeInvalid)),
            },
          ]}
        >
          <Input disabled={editing} autoComplete="off" style={{ textTransform: "uppercase" }} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          label={t.name}
          name="name"
          rules={[
            { required: true, whitespace: true, message: t.nameRequired },
            { max: CATALOG_NAME_MAX, message: t.nameTooLong },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
    </>
  );
}
