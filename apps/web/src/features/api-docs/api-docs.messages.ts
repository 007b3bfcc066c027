import type { Messages } from "@/shared/i18n/lang";

const zh = {
  title: "接口文档",
  intro: "合作伙伴系统通过 GraphQL 接口读取企业、订单等数据并写入线索。以下示例中的地址已换成本控制台的地址：",
  keys: "管理 API 密钥",
  toc: "目录",
  copy: "复制",
  copied: "已复制",
  copyFailed: "复制失败，请手动选择文本",
  contract: "接口契约以仓库根目录的 schema.graphql 为准。",
};

const en: typeof zh = {
  title: "API documentation",
  intro:
    "Partner systems read enterprises, orders and more and write leads through the GraphQL API. The examples below use this console's address:",
  keys: "Manage API keys",
  toc: "On this page",
  copy: "Copy",
  copied: "Copied",
  copyFailed: "Could not copy; select the text instead",
  contract: "The contract is schema.graphql at the repository root.",
};

export const apiDocsMessages: Messages<typeof zh> = { zh, en };
