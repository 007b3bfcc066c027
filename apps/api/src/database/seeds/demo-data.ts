/** The demo world `npm start` seeds into an empty database (and `npm run seed`). */
export const DEMO_PASSWORD = "demo1234";

export const DEMO_PRODUCT_LINES = [
  { code: "MAIL", name: "企业邮箱" },
  { code: "CAMPUS_MAIL", name: "校园邮" },
  { code: "COURT_MAIL", name: "法院邮" },
  { code: "O365", name: "O365" },
  { code: "WHOLESALE", name: "严选批发" },
] as const;

export const DEMO_VENDOR_STAFF = [
  { loginName: "vendor.admin", realName: "平台管理员 周明", roles: ["PLATFORM_ADMIN"] },
  { loginName: "vendor.cm", realName: "渠道经理 王芳", roles: ["CHANNEL_MANAGER"] },
  { loginName: "vendor.director", realName: "销售总监 李强", roles: ["SALES_DIRECTOR"] },
  { loginName: "vendor.finance", realName: "财务 陈静", roles: ["FINANCE"] },
  { loginName: "vendor.ops", realName: "运营 赵磊", roles: ["OPERATIONS"] },
] as const;

/** 华东示例经销商: the manual's quota example (企业邮箱 dealer max 10; A 10; B 6). */
export const DEMO_DEALERS = [
  {
    name: "华东示例经销商",
    regionName: "上海市",
    regions: ["310000", "320000", "330000"],
    quotas: { MAIL: 10, CAMPUS_MAIL: 5 },
    accounts: [
      {
        key: "admin",
        loginName: "hd.admin",
        realName: "华东管理员 孙丽",
        preset: "ADMIN",
        superior: null,
        quotas: { MAIL: 10 },
      },
      {
        key: "assistant",
        loginName: "hd.assistant",
        realName: "华东助理 钱伟",
        preset: "ASSISTANT",
        superior: null,
        quotas: {},
      },
      {
        key: "manager",
        loginName: "hd.manager",
        realName: "销售经理 吴刚",
        preset: "SALES_MANAGER",
        superior: null,
        quotas: { MAIL: 10 },
      },
      {
        key: "a",
        loginName: "hd.a",
        realName: "销售 A 郑洁",
        preset: "SALES",
        superior: "manager",
        quotas: { MAIL: 10 },
      },
      {
        key: "b",
        loginName: "hd.b",
        realName: "销售 B 冯涛",
        preset: "SALES",
        superior: "manager",
        quotas: { MAIL: 6 },
      },
    ],
  },
  {
    name: "华南示例经销商",
    regionName: "广东省",
    regions: ["440000"],
    quotas: { MAIL: 8 },
    accounts: [
      {
        key: "admin",
        loginName: "hn.admin",
        realName: "华南管理员 何敏",
        preset: "ADMIN",
        superior: null,
        quotas: { MAIL: 8 },
      },
      {
        key: "sales",
        loginName: "hn.sales",
        realName: "华南销售 林峰",
        preset: "SALES",
        superior: "admin",
        quotas: { MAIL: 4 },
      },
    ],
  },
] as const;

/** A few customers of 华东示例经销商 so the lists have something to show on first start. */
export const DEMO_ENTERPRISES = [
  {
    owner: "a",
    name: "上海云帆科技有限公司",
    domain: "yunfan-tech.cn",
    region: "310100",
    industry: "IT",
    scale: "S50_99",
    status: "PAID",
    service: { kind: "PAID", line: "MAIL", seats: 60, startDaysAgo: 345, expiresInDays: 20 },
    followUp: "电话沟通续费方案，客户希望增加 10 个帐号",
  },
  {
    owner: "a",
    name: "杭州青禾教育科技有限公司",
    domain: "qinghe-edu.com",
    region: "330100",
    industry: "EDUCATION",
    scale: "S100_499",
    status: "EXPIRED",
    service: { kind: "TRIAL", line: "MAIL", seats: 20, startDaysAgo: 12, expiresInDays: -5 },
    followUp: "试用已到期，约下周演示管理后台",
  },
  {
    owner: "b",
    name: "苏州精工制造股份有限公司",
    domain: "jinggong-mfg.com.cn",
    region: "320500",
    industry: "MANUFACTURING",
    scale: "S500_999",
    status: "POTENTIAL",
    service: null,
    followUp: "官网留资，已电话联系 IT 负责人",
  },
] as const;

/** 消息中心: one vendor announcement to every dealer, published by vendor.ops. */
export const DEMO_ANNOUNCEMENT = {
  title: "欢迎使用新版销售后台",
  body: "新版销售后台已上线：企业信息管理、公海库与消息中心现已可用。域名认证、域名生效与试报备通知会出现在消息中心，页头的铃铛显示未读数量。",
  link: "/enterprises",
} as const;

/** A 华东 customer's domain whose verification the demo has requested (域名认证通知). */
export const DEMO_VERIFICATION_REQUEST_DOMAIN = "qinghe-edu.com";
