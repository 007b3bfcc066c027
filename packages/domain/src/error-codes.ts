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
  RATE_LIMITED: { zh: "请求过于频繁，请稍后再试", en: "Too many requests, slow down" },
  INTERNAL: { zh: "服务器开小差了，请稍后再试", en: "Something went wrong on our side" },
} as const satisfies Record<string, { zh: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, value);
}
