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
    service: { kind: "PAID", line: "MAIL", edition: "PRO", seats: 60, startDaysAgo: 345, expiresInDays: 20 },
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
    service: { kind: "TRIAL", line: "MAIL", edition: "STANDARD", seats: 20, startDaysAgo: 12, expiresInDays: -5 },
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

/**
 * The product catalogue (SPEC §1, §6): editions with 公开价格 in 分 per seat per month, the gift
 * rule and value-added services of each product line. Seeded once per product line (when it has
 * no editions yet), so prices an admin changed later are never reset.
 */
export const DEMO_CATALOGUE = [
  {
    line: "MAIL",
    gift: { perPaidMonths: 12, maxGiftMonths: 2 },
    editions: [
      { code: "STANDARD", name: "标准版", listPrice: 800, isSpecial: false },
      { code: "PRO", name: "专业版", listPrice: 1500, isSpecial: false },
      { code: "FLAGSHIP", name: "旗舰版", listPrice: 3000, isSpecial: false },
    ],
    addons: [
      { code: "ARCHIVE", name: "邮件归档", description: "全部往来邮件自动归档，保存 10 年，可检索与导出" },
      { code: "ANTISPAM_PLUS", name: "反垃圾增强", description: "针对钓鱼与勒索邮件的高级过滤和沙箱检测" },
      { code: "GLOBAL_ACCEL", name: "海外加速", description: "海外收发信专线加速，适合有海外业务的企业" },
    ],
  },
  {
    line: "CAMPUS_MAIL",
    gift: { perPaidMonths: 12, maxGiftMonths: 1 },
    editions: [
      { code: "BASIC", name: "基础版", listPrice: 300, isSpecial: false },
      { code: "STANDARD", name: "标准版", listPrice: 600, isSpecial: false },
    ],
    addons: [
      { code: "ALUMNI", name: "校友邮箱", description: "毕业生保留终身校友邮箱地址" },
      { code: "ARCHIVE", name: "邮件归档", description: "教务与行政邮件自动归档" },
    ],
  },
  {
    line: "COURT_MAIL",
    gift: { perPaidMonths: 12, maxGiftMonths: 0 },
    editions: [
      { code: "STANDARD", name: "标准版", listPrice: 1200, isSpecial: false },
      { code: "SECURE", name: "安全增强版", listPrice: 2500, isSpecial: false },
    ],
    addons: [
      { code: "AUDIT", name: "安全审计", description: "登录与收发行为审计日志，满足等保要求" },
      { code: "ARCHIVE", name: "邮件归档", description: "邮件随案归档，保存期限可配置" },
    ],
  },
  {
    line: "O365",
    gift: { perPaidMonths: 12, maxGiftMonths: 0 },
    editions: [
      { code: "BUSINESS_BASIC", name: "商业基础版", listPrice: 4000, isSpecial: true },
      { code: "BUSINESS_STANDARD", name: "商业标准版", listPrice: 9000, isSpecial: true },
      { code: "E3", name: "企业版 E3", listPrice: 16500, isSpecial: true },
    ],
    addons: [
      { code: "MIGRATION", name: "邮件迁移服务", description: "从原邮箱系统迁移历史邮件与通讯录" },
      { code: "ATP", name: "高级威胁防护", description: "附件与链接的高级威胁防护" },
    ],
  },
  {
    line: "WHOLESALE",
    gift: { perPaidMonths: 12, maxGiftMonths: 1 },
    editions: [
      { code: "STANDARD", name: "批发标准版", listPrice: 600, isSpecial: false },
      { code: "PRO", name: "批发专业版", listPrice: 1100, isSpecial: false },
    ],
    addons: [{ code: "ANTISPAM_PLUS", name: "反垃圾增强", description: "高级反垃圾与反钓鱼过滤" }],
  },
] as const;

/** Demo dealers' 折扣 (basis points of list): 华东 企业邮箱 8.5 折, 华南 企业邮箱 9 折. */
export const DEMO_DISCOUNTS = [
  { dealer: "华东示例经销商", line: "MAIL", rateBp: 8500 },
  { dealer: "华东示例经销商", line: "CAMPUS_MAIL", rateBp: 8800 },
  { dealer: "华南示例经销商", line: "MAIL", rateBp: 9000 },
] as const;
