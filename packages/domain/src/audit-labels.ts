/**
 * Labels of the audit log's codes (操作日志): every `action` and `entityType` the API writes, in
 * Chinese and English. The console shows these; the API's tests check that every code it writes
 * has one, so a new module cannot leave raw codes on the audit page.
 */
export interface AuditLabel {
  zh: string;
  en: string;
}

/** An entity type's label, and whether only the vendor's log holds it (a dealer's never does). */
export interface AuditEntityLabel extends AuditLabel {
  vendorOnly?: true;
}

/** entityType of an audit entry → what the object is. */
export const AUDIT_ENTITY_LABELS: Readonly<Record<string, AuditEntityLabel>> = {
  account: { zh: "帐号", en: "Account" },
  session: { zh: "登录会话", en: "Session" },
  enterprise: { zh: "企业", en: "Enterprise" },
  tag: { zh: "标签", en: "Tag" },
  dealer: { zh: "经销商", en: "Dealer", vendorOnly: true },
  lead: { zh: "线索", en: "Lead", vendorOnly: true },
  routing_rule: { zh: "甩单规则", en: "Routing rule", vendorOnly: true },
  app_setting: { zh: "系统设置", en: "Settings", vendorOnly: true },
  registration: { zh: "报备", en: "Registration" },
  order: { zh: "订单", en: "Order" },
  ledger_entry: { zh: "账户流水", en: "Ledger entry" },
  service: { zh: "服务", en: "Service" },
  invoice_request: { zh: "发票申请", en: "Invoice request" },
  request: { zh: "业务申请", en: "Business request" },
  request_type: { zh: "申请类型", en: "Request type", vendorOnly: true },
  campaign: { zh: "推广活动", en: "Campaign" },
  api_key: { zh: "API 密钥", en: "API key" },
  productLine: { zh: "产品线", en: "Product line", vendorOnly: true },
  edition: { zh: "版本", en: "Edition", vendorOnly: true },
  addon: { zh: "增值服务", en: "Add-on", vendorOnly: true },
  notice: { zh: "公告", en: "Announcement", vendorOnly: true },
  domain_verification: { zh: "域名验证", en: "Domain verification", vendorOnly: true },
};

/** The entity types an audit log can hold: a dealer's, or the vendor's (every type). */
export function auditEntityTypes(vendor: boolean): string[] {
  return Object.entries(AUDIT_ENTITY_LABELS)
    .filter(([, label]) => vendor || !label.vendorOnly)
    .map(([type]) => type);
}

/** action of an audit entry → what was done. */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, AuditLabel>> = {
  "account.create": { zh: "新建帐号", en: "Create account" },
  "account.update": { zh: "修改帐号", en: "Update account" },
  "account.disable": { zh: "停用帐号", en: "Disable account" },
  "account.enable": { zh: "启用帐号", en: "Enable account" },
  "account.reset-password": { zh: "重置密码", en: "Reset password" },
  "account.change-password": { zh: "修改密码", en: "Change password" },
  "account.update-profile": { zh: "修改个人信息", en: "Update profile" },
  "account.set-delegate": { zh: "设置代办人", en: "Set delegate" },
  "account.clear-delegate": { zh: "取消代办人", en: "Clear delegate" },
  "addon.create": { zh: "新建增值服务", en: "Create add-on" },
  "addon.update": { zh: "修改增值服务", en: "Update add-on" },
  "announcement.publish": { zh: "发布公告", en: "Publish announcement" },
  "api-key.create": { zh: "新建 API 密钥", en: "Create API key" },
  "api-key.revoke": { zh: "吊销 API 密钥", en: "Revoke API key" },
  "campaign.create": { zh: "新建推广活动", en: "Create campaign" },
  "campaign.update": { zh: "修改推广活动", en: "Update campaign" },
  "campaign.enable": { zh: "启用推广活动", en: "Enable campaign" },
  "campaign.disable": { zh: "停用推广活动", en: "Disable campaign" },
  "campaign.approve": { zh: "通过推广活动审核", en: "Approve campaign" },
  "campaign.reject": { zh: "驳回推广活动", en: "Reject campaign" },
  "campaign.banner": { zh: "上传推广活动头图", en: "Upload campaign banner" },
  "dealer.create": { zh: "新建经销商", en: "Create dealer" },
  "dealer.set-regions": { zh: "设置经销区域", en: "Set dealer regions" },
  "discount.dealer.set": { zh: "设置经销商折扣", en: "Set dealer discount" },
  "domain.event": { zh: "域名验证事件", en: "Domain verification event" },
  "edition.create": { zh: "新建版本", en: "Create edition" },
  "edition.update": { zh: "修改版本", en: "Update edition" },
  "enterprise.create": { zh: "录入企业", en: "Register enterprise" },
  "enterprise.update": { zh: "修改企业", en: "Update enterprise" },
  "enterprise.export": { zh: "导出企业", en: "Export enterprises" },
  "enterprise.reassign": { zh: "转移企业", en: "Reassign enterprise" },
  "enterprise.set-tags": { zh: "设置标签", en: "Set tags" },
  "enterprise.contact-add": { zh: "添加联系人", en: "Add contact" },
  "enterprise.contact-update": { zh: "修改联系人", en: "Update contact" },
  "enterprise.contact-remove": { zh: "删除联系人", en: "Remove contact" },
  "enterprise.follow-up-add": { zh: "添加跟进记录", en: "Add follow-up" },
  "invoice.request": { zh: "申请发票", en: "Request invoice" },
  "invoice.issue": { zh: "开具发票", en: "Issue invoice" },
  "invoice.reject": { zh: "驳回发票申请", en: "Reject invoice request" },
  "lead.intake": { zh: "录入线索", en: "Enter lead" },
  "lead.reroute": { zh: "重新分配线索", en: "Reroute lead" },
  "ledger.top_up": { zh: "充值", en: "Top up" },
  "ledger.payment": { zh: "扣款", en: "Payment" },
  "order.create": { zh: "新建订单", en: "Create order" },
  "order.confirm": { zh: "确认订单", en: "Confirm order" },
  "order.reject": { zh: "驳回订单", en: "Reject order" },
  "order.close": { zh: "关闭订单", en: "Close order" },
  "order.pay": { zh: "订单扣款", en: "Pay order" },
  "order.activate": { zh: "开通试用", en: "Activate trial" },
  "order.contract.upload": { zh: "上传合同文件", en: "Upload contract file" },
  "order.contract.delete": { zh: "删除合同文件", en: "Delete contract file" },
  "pool.claim": { zh: "从公海领取", en: "Claim from pool" },
  "pool.claimed-away": { zh: "被他人领取", en: "Claimed by another dealer" },
  "pool.enter": { zh: "进入公海", en: "Enter public pool" },
  "productLine.create": { zh: "新建产品线", en: "Create product line" },
  "productLine.update": { zh: "修改产品线", en: "Update product line" },
  "quota.dealer.set": { zh: "设置经销商报备配额", en: "Set dealer registration quota" },
  "quota.account.set": { zh: "设置员工报备配额", en: "Set employee registration quota" },
  "registration.create": { zh: "新建报备", en: "Create registration" },
  "registration.unlock": { zh: "解锁报备", en: "Unlock registration" },
  "request.submit": { zh: "提交业务申请", en: "Submit business request" },
  "request.withdraw": { zh: "撤回业务申请", en: "Withdraw business request" },
  "request.approve": { zh: "通过业务申请", en: "Approve business request" },
  "request.reject": { zh: "驳回业务申请", en: "Reject business request" },
  "request.export": { zh: "导出业务申请", en: "Export business requests" },
  "request.attachment.upload": { zh: "上传申请附件", en: "Upload request attachment" },
  "request_type.create": { zh: "新建申请类型", en: "Create request type" },
  "request_type.update": { zh: "修改申请类型", en: "Update request type" },
  "routing-rule.create": { zh: "新建甩单规则", en: "Create routing rule" },
  "routing-rule.update": { zh: "修改甩单规则", en: "Update routing rule" },
  "routing-rule.enable": { zh: "启用甩单规则", en: "Enable routing rule" },
  "routing-rule.disable": { zh: "停用甩单规则", en: "Disable routing rule" },
  "routing-rule.delete": { zh: "删除甩单规则", en: "Delete routing rule" },
  "routing-rule.reorder": { zh: "调整甩单规则顺序", en: "Reorder routing rules" },
  "service.addon.set": { zh: "设置增值服务", en: "Set add-ons" },
  "session.login": { zh: "登录", en: "Sign in" },
  "session.logout": { zh: "退出登录", en: "Sign out" },
  "session.act-as": { zh: "开始代办", en: "Start acting" },
  "session.stop-acting": { zh: "停止代办", en: "Stop acting" },
  "settings.update": { zh: "修改系统设置", en: "Update settings" },
  "tag.create": { zh: "新建标签", en: "Create tag" },
  "tag.update": { zh: "修改标签", en: "Update tag" },
  "tag.delete": { zh: "删除标签", en: "Delete tag" },
  "vendor-staff.create": { zh: "新建厂商员工", en: "Create vendor staff" },
  "vendor-staff.update": { zh: "修改厂商员工", en: "Update vendor staff" },
};
