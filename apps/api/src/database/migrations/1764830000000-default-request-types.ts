import type { MigrationInterface, QueryRunner } from "typeorm";

interface DefaultType {
  code: string;
  group: "SALES_SUPPORT" | "MAILBOX_CONFIG" | "AFTER_SALES";
  name: string;
  description: string;
  fields: { key: string; label: string; kind: string; required: boolean; options?: string[] }[];
  chain: string[];
  action: "NONE" | "ORDER_REDUCTION";
  maxAttachments: number;
  sortOrder: number;
}

/**
 * The request types every installation starts with (SPEC §8), as data: platform admins edit
 * them afterwards in 申请类型. Inserted by code and never overwritten, so re-running (or a
 * database where an admin already changed them) keeps what is there. Invoices (开具发票) are
 * their own module and are not a request type.
 */
export const DEFAULT_REQUEST_TYPES: readonly DefaultType[] = [
  {
    code: "ORDER_REDUCTION",
    group: "SALES_SUPPORT",
    name: "减免订单总金额",
    description: "仅限待扣款订单。渠道经理、销售总监依次审批，通过后订单应付金额减少相应金额，再行扣款。",
    fields: [
      { key: "orderNo", label: "订单号", kind: "TEXT", required: true },
      { key: "amount", label: "减免金额", kind: "MONEY", required: true },
      { key: "remark", label: "减免说明", kind: "TEXTAREA", required: true },
    ],
    chain: ["CHANNEL_MANAGER", "SALES_DIRECTOR"],
    action: "ORDER_REDUCTION",
    maxAttachments: 5,
    sortOrder: 10,
  },
  {
    code: "MAILBOX_DNS_SETUP",
    group: "MAILBOX_CONFIG",
    name: "邮箱域名 MX/SPF 配置协助",
    description: "客户的域名解析（MX、SPF、DKIM）需要厂商运营协助配置或核对。",
    fields: [
      { key: "domain", label: "邮箱域名", kind: "DOMAIN", required: true },
      { key: "records", label: "需协助的记录", kind: "SELECT", required: true, options: ["MX", "SPF", "DKIM", "全部"] },
      { key: "contact", label: "客户联系人", kind: "TEXT", required: true },
      { key: "contactPhone", label: "联系电话", kind: "TEXT", required: false },
      { key: "description", label: "情况说明", kind: "TEXTAREA", required: true },
    ],
    chain: ["OPERATIONS"],
    action: "NONE",
    maxAttachments: 5,
    sortOrder: 20,
  },
  {
    code: "MAILBOX_MIGRATION",
    group: "MAILBOX_CONFIG",
    name: "邮箱搬家协助",
    description: "客户从其他邮箱服务商迁入，需要厂商运营协助搬迁历史邮件。",
    fields: [
      { key: "domain", label: "邮箱域名", kind: "DOMAIN", required: true },
      { key: "oldProvider", label: "原邮箱服务商", kind: "TEXT", required: true },
      { key: "accounts", label: "迁移帐号数", kind: "NUMBER", required: true },
      { key: "plannedDate", label: "计划迁移日期", kind: "DATE", required: false },
      { key: "description", label: "补充说明", kind: "TEXTAREA", required: false },
    ],
    chain: ["OPERATIONS"],
    action: "NONE",
    maxAttachments: 5,
    sortOrder: 21,
  },
  {
    code: "AFTER_SALES_SERVICE",
    group: "AFTER_SALES",
    name: "售后服务申请",
    description: "已开通服务的客户遇到问题：渠道经理确认后转运营/客服处理。",
    fields: [
      { key: "domain", label: "企业域名", kind: "DOMAIN", required: true },
      {
        key: "problemType",
        label: "问题类型",
        kind: "SELECT",
        required: true,
        options: ["无法收发邮件", "登录问题", "数据恢复", "帐号与权限", "其他"],
      },
      { key: "contact", label: "客户联系人", kind: "TEXT", required: true },
      { key: "contactPhone", label: "联系电话", kind: "TEXT", required: false },
      { key: "description", label: "问题描述", kind: "TEXTAREA", required: true },
    ],
    chain: ["CHANNEL_MANAGER", "OPERATIONS"],
    action: "NONE",
    maxAttachments: 5,
    sortOrder: 30,
  },
];

export class DefaultRequestTypes1764830000000 implements MigrationInterface {
  name = "DefaultRequestTypes1764830000000";

  async up(q: QueryRunner): Promise<void> {
    for (const t of DEFAULT_REQUEST_TYPES) {
      await q.query(
        `INSERT INTO request_type (code, group_code, name, description, fields, chain, action, max_attachments, sort_order)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6::text[], $7, $8, $9)
         ON CONFLICT (code) DO NOTHING`,
        [
          t.code,
          t.group,
          t.name,
          t.description,
          JSON.stringify(t.fields),
          t.chain,
          t.action,
          t.maxAttachments,
          t.sortOrder,
        ],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    // Types already used by a request stay (their requests point at them).
    await q.query(
      `DELETE FROM request_type t WHERE t.code = ANY($1::text[])
         AND NOT EXISTS (SELECT 1 FROM business_request r WHERE r.type_id = t.id)`,
      [DEFAULT_REQUEST_TYPES.map((t) => t.code)],
    );
  }
}
