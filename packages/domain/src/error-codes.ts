/**
 * Stable error codes of the API (SPEC §10) with the messages clients show.
 * The API's one error formatter attaches both languages to `extensions`.
 */
export const ERROR_MESSAGES = {
  UNAUTHENTICATED: { zh: "请先登录", en: "Please sign in" },
  FORBIDDEN: { zh: "没有权限执行此操作", en: "You do not have permission to do this" },
  NOT_FOUND: { zh: "记录不存在", en: "Record not found" },
  VALIDATION_FAILED: { zh: "输入有误，请检查后重试", en: "The input is not valid" },
  INVALID_CREDENTIALS: { zh: "帐号或密码错误", en: "Wrong login name or password" },
  TOO_MANY_ATTEMPTS: {
    zh: "登录失败次数过多，请稍后再试",
    en: "Too many failed sign-in attempts, try again later",
  },
  ACCOUNT_DISABLED: { zh: "帐号已停用", en: "This account is disabled" },
  WRONG_PASSWORD: { zh: "当前密码不正确", en: "The current password is wrong" },
  WEAK_PASSWORD: {
    zh: "新密码至少 8 位，且需包含字母和数字",
    en: "The new password needs at least 8 characters with letters and digits",
  },
  LOGIN_NAME_TAKEN: { zh: "该帐号已存在", en: "This login name is already taken" },
  SUPERIOR_CYCLE: {
    zh: "隶属关系不能形成循环",
    en: "The superior chain would form a cycle",
  },
  INVALID_SUPERIOR: {
    zh: "上级必须是本经销商的其他帐号",
    en: "The superior must be another account of the same dealer",
  },
  PERMISSION_NOT_HELD: {
    zh: "不能授予自己没有的权限",
    en: "You can't grant a permission you do not hold",
  },
  INVALID_DELEGATE: {
    zh: "代办人必须是本经销商的其他正常帐号",
    en: "The delegate must be another active account of the same dealer",
  },
  DELEGATION_NOT_ACTIVE: {
    zh: "当前没有生效的代办授权",
    en: "There is no active delegation for this account",
  },
  CANNOT_DISABLE_SELF: { zh: "不能停用自己的帐号", en: "You can't disable your own account" },
  QUOTA_EXCEEDED: { zh: "报备名额不足", en: "Registration quota exceeded" },
  DOMAIN_LOCKED: {
    zh: "该域名已被其他经销商报备锁定",
    en: "This domain is locked by another dealer's registration",
  },
  ALREADY_REGISTERED: {
    zh: "本经销商已报备该域名，无需重复报备",
    en: "Your dealer already holds a registration for this domain",
  },
  REGISTRATION_NOT_ACTIVE: {
    zh: "该报备已结束（已解锁、已转化或已到期）",
    en: "This registration has already ended (released, converted or expired)",
  },
  INVALID_DOMAIN: { zh: "请输入有效的域名，例如 example.com", en: "Enter a valid domain, e.g. example.com" },
  DUPLICATE_DOMAIN: {
    zh: "该域名已登记在本经销商的其他企业下",
    en: "This domain already belongs to another enterprise of your dealer",
  },
  INVALID_OWNER: {
    zh: "所属帐号必须是您可见的本经销商正常帐号",
    en: "The owner must be an active account of your dealer that you can see",
  },
  DUPLICATE_TAG: { zh: "已有同名标签", en: "A tag with this name already exists" },
  ALREADY_CLAIMED: { zh: "该企业已被其他经销商转入", en: "Another dealer has already claimed this enterprise" },
  CLAIM_CAP_REACHED: {
    zh: "今日公海转入次数已达上限，请明天再试",
    en: "You have reached today's public-pool claim limit",
  },
  NOT_IN_REGION: { zh: "该企业不在您的经销区域内", en: "This enterprise is outside your dealer's regions" },
  NO_ROUTE: { zh: "没有匹配的甩单规则或可用经销商", en: "No routing rule or eligible dealer matches this lead" },
  INSUFFICIENT_BALANCE: {
    zh: "虚拟账户余额不足，请先充值",
    en: "The virtual account balance is too low; top up first",
  },
  ORDER_NOT_PAYABLE: {
    zh: "该订单当前状态不能扣款",
    en: "This order can't be paid in its current status",
  },
  ORDER_STATUS_CHANGED: {
    zh: "订单状态已变化，请刷新后重试",
    en: "The order's status has changed; refresh and try again",
  },
  ORDER_OUTDATED: {
    zh: "提单后服务已变化（数量或到期时间），此订单的价格已不适用：请关闭后重新提单",
    en: "The service changed after this order was placed (seats or expiry), so its price no longer applies: close it and place a new order",
  },
  TRIAL_TOO_LONG: { zh: "首次试用最长 7 天", en: "A first trial lasts at most 7 days" },
  TRIAL_LIMIT_REACHED: {
    zh: "该域名在此产品线的累计试用时长不能超过 30 天",
    en: "Trials of this domain and product line can't add up to more than 30 days",
  },
  DOMAIN_NOT_VERIFIED: {
    zh: "客户域名尚未完成认证，不能延期试用",
    en: "The customer's domain is not verified yet, so the trial can't be extended",
  },
  REGISTRATION_REQUIRED: {
    zh: "请先报备该域名：只有持有有效报备的经销商可以下单",
    en: "Register this domain first: only the dealer holding its active registration may order",
  },
  SERVICE_REQUIRED: {
    zh: "没有可操作的已开通服务（需为本经销商所有且状态符合）",
    en: "There is no matching service owned by your dealer for this order",
  },
  DUPLICATE_REFERENCE: {
    zh: "该银行流水号已登记过，不能重复充值",
    en: "This bank reference has already been recorded",
  },
  IDEMPOTENCY_KEY_REUSED: {
    zh: "该请求编号已用于其他订单",
    en: "This idempotency key was already used for another order",
  },
  CATALOG_CODE_TAKEN: {
    zh: "该编码已被使用，请换一个编码",
    en: "This code is already in use; choose another",
  },
  INVALID_AMOUNT: {
    zh: "金额无效：须大于 0 且不超过单笔上限",
    en: "The amount is not valid: it must be above 0 and within the single-transaction limit",
  },
  ORDER_NOT_INVOICEABLE: {
    zh: "只能为本经销商已扣款且应付金额大于 0 的订单申请发票",
    en: "Invoices can be requested only for your dealer's paid orders with an amount due above 0",
  },
  INVOICE_ALREADY_REQUESTED: {
    zh: "该订单已有待处理或已开具的发票申请",
    en: "This order already has an open or issued invoice request",
  },
  INVOICE_ALREADY_HANDLED: {
    zh: "该发票申请已处理，请刷新后查看",
    en: "This invoice request has already been handled; refresh to see it",
  },
  ADDON_NOT_AVAILABLE: {
    zh: "该增值服务不能用于此服务",
    en: "This value-added service is not available for this service",
  },
  FILE_TOO_LARGE: { zh: "文件超过 10 MB 的上限", en: "The file is larger than the 10 MB limit" },
  FILE_TYPE_NOT_ALLOWED: {
    zh: "只能上传 PDF、JPG、PNG 或 DOCX 文件（按文件内容识别，扩展名须与内容一致）",
    en: "Only PDF, JPG, PNG or DOCX files are accepted (judged by their content, which must match the extension)",
  },
  TOO_MANY_FILES: { zh: "每个订单最多上传 10 个合同文件", en: "An order holds at most 10 contract files" },
  CONTRACT_ORDER_CLOSED: {
    zh: "订单已关闭或已驳回，不能再上传合同",
    en: "The order is closed or rejected; contracts can no longer be uploaded",
  },
  CONTRACT_LOCKED: {
    zh: "订单已扣款，合同文件不能删除",
    en: "The order is paid; its contract files can no longer be deleted",
  },
  REDUCTION_NOT_ALLOWED: {
    zh: "只能为本经销商待扣款的订单申请减免，且减免金额不超过应付金额",
    en: "A reduction is only for your dealer's order pending payment, and at most its amount due",
  },
  REQUEST_NOT_PENDING: { zh: "该申请已结束，不能再操作", en: "This request has already ended" },
  NOT_YOUR_STEP: {
    zh: "当前审批步骤不由您处理",
    en: "The current approval step is not yours to take",
  },
  RATE_LIMITED: { zh: "请求过于频繁，请稍后再试", en: "Too many requests, slow down" },
  QUERY_TOO_COMPLEX: {
    zh: "查询过于复杂（层级、别名、指令、长度或开销超出限制），请拆分后重试",
    en: "The query is too complex (depth, aliases, directives, size or cost over the limit); split it up",
  },
  BATCH_NOT_ALLOWED: {
    zh: "不支持批量请求，请每次发送一个操作",
    en: "Batched requests are not supported; send one operation per request",
  },
  PAYLOAD_TOO_LARGE: { zh: "请求内容过大", en: "The request body is too large" },
  INVALID_API_KEY: {
    zh: "API 密钥无效、已吊销或已过期",
    en: "The API key is invalid, revoked or expired",
  },
  API_KEY_SCOPE_REQUIRED: {
    zh: "该 API 密钥没有执行此操作的权限范围",
    en: "This API key's scopes do not allow this operation",
  },
  CONFLICT: {
    zh: "数据已存在或刚被其他操作修改，请刷新后重试",
    en: "This clashes with existing data or a change made at the same moment; refresh and try again",
  },
  INTERNAL: { zh: "服务器开小差了，请稍后再试", en: "Something went wrong on our side" },
  CAMPAIGN_NOT_PENDING: {
    zh: "只能审核处理中的活动",
    en: "Only a campaign pending review can be reviewed",
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, value);
}
