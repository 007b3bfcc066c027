import { CAMPAIGN_FORM_FIELDS, ENTERPRISE_SCALES, PROVINCES, type CampaignFormField } from "@crm/domain";

/** The page model the API answers for /public/campaigns/:slug (see apps/api campaign.route.ts). */
export interface H5Page {
  liveness: "LIVE" | "NOT_STARTED" | "ENDED" | "UNAVAILABLE";
  slug: string;
  title: string | null;
  bodyHtml: string | null;
  bannerUrl: string | null;
  formFields: CampaignFormField[];
  channel: { code: string; name: string } | null;
  formToken: string | null;
  validTo: string | null;
}

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/**
 * Mobile-first, no JavaScript, one small inline stylesheet: fast on a slow phone connection and
 * right in WeChat's in-app browser (360–414 px wide, system fonts, 16 px inputs so iOS doesn't zoom).
 */
const CSS = `*{box-sizing:border-box}html{-webkit-text-size-adjust:100%}body{margin:0;background:#f3f5f8;color:#1f2329;
font:16px/1.6 -apple-system,BlinkMacSystemFont,"PingFang SC","Hiragino Sans GB","Microsoft YaHei",sans-serif}
main{max-width:480px;margin:0 auto;background:#fff;min-height:100vh}
.banner{display:block;width:100%;height:auto;aspect-ratio:750/360;object-fit:cover;background:#e8eef9}
.hero{padding:28px 20px 20px;background:linear-gradient(135deg,#1677ff,#3f8cff);color:#fff}
.hero h1{margin:0;font-size:22px;line-height:1.35}
.section{padding:20px}.body{color:#333;word-break:break-word}.body h2,.body h3{font-size:18px;margin:16px 0 8px}
.body a{color:#1677ff}
form{padding:4px 20px 28px}form h2{font-size:18px;margin:8px 0 12px}
label{display:block;margin:0 0 14px;font-size:14px;color:#4e5969}
label b{color:#f53f3f;font-weight:400;margin-left:2px}
input,select,textarea{display:block;width:100%;margin-top:6px;padding:11px 12px;font-size:16px;color:#1f2329;
border:1px solid #d0d5dd;border-radius:8px;background:#fff;-webkit-appearance:none;appearance:none}
textarea{min-height:84px;resize:vertical}input:focus,select:focus,textarea:focus{outline:none;border-color:#1677ff}
.hp{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}
button{width:100%;margin-top:8px;padding:13px;border:0;border-radius:8px;background:#1677ff;color:#fff;font-size:17px}
.error{margin:0 20px 12px;padding:10px 12px;border-radius:8px;background:#fff1f0;color:#cf1322;font-size:14px}
.notice{padding:64px 24px;text-align:center}.notice .icon{font-size:48px;line-height:1}
.notice h1{font-size:20px;margin:16px 0 8px}.notice p{color:#86909c;margin:0}
footer{padding:16px 20px 28px;color:#aab0b8;font-size:12px;text-align:center}`;

function shell(title: string, content: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover">
<meta name="format-detection" content="telephone=no"><meta name="robots" content="noindex">
<title>${escape(title)}</title><style>${CSS}</style></head><body><main>${content}</main></body></html>`;
}

const FIELD_INPUT: Record<CampaignFormField, (label: string) => string> = {
  COMPANY: (l) =>
    `<label>${l}<b>*</b><input name="company" required maxlength="100" autocomplete="organization"></label>`,
  CONTACT: (l) => `<label>${l}<b>*</b><input name="contact" required maxlength="50" autocomplete="name"></label>`,
  MOBILE: (l) =>
    `<label>${l}<b>*</b><input name="mobile" required type="tel" inputmode="numeric" pattern="1[3-9][0-9]{9}" maxlength="11" autocomplete="tel" placeholder="11 位手机号"></label>`,
  DOMAIN: (l) =>
    `<label>${l}<b>*</b><input name="domain" required maxlength="253" inputmode="url" autocapitalize="off" placeholder="例如 example.com"></label>`,
  SCALE: (l) =>
    `<label>${l}<select name="scale"><option value="">请选择</option>${ENTERPRISE_SCALES.map((s) => `<option value="${s.code}">${escape(s.zh)}</option>`).join("")}</select></label>`,
  REGION: (l) =>
    `<label>${l}<select name="region"><option value="">请选择</option>${PROVINCES.map((p) => `<option value="${p.code}">${escape(p.name)}</option>`).join("")}</select></label>`,
  NOTE: (l) => `<label>${l}<textarea name="note" maxlength="500"></textarea></label>`,
};

const ERRORS: Record<string, string> = {
  COMPANY: "请填写企业名称（2–100 字）",
  CONTACT: "请填写联系人",
  MOBILE: "请填写正确的 11 位手机号",
  DOMAIN: "请填写正确的企业邮箱域名，例如 example.com",
  SCALE: "请选择企业规模",
  REGION: "请选择所在地区",
  NOTE: "留言不能超过 500 字",
};

export function renderLive(page: H5Page, o: { done: boolean; error: string | null; utm: URLSearchParams }): string {
  const title = page.title ?? "";
  const banner = page.bannerUrl
    ? `<img class="banner" src="${escape(page.bannerUrl)}" alt="" width="750" height="360">`
    : "";
  const hero = `<div class="hero"><h1>${escape(title)}</h1></div>`;
  const body = page.bodyHtml ? `<div class="section body">${page.bodyHtml}</div>` : "";
  if (o.done) {
    return shell(
      title,
      `${banner}${hero}<div class="notice" data-testid="h5-thanks"><div class="icon">✅</div><h1>提交成功</h1><p>感谢您的登记，我们会尽快与您联系。</p></div>`,
    );
  }
  const ch = page.channel ? `?ch=${encodeURIComponent(page.channel.code)}` : "";
  const hidden = [
    `<input type="hidden" name="t" value="${escape(page.formToken ?? "")}">`,
    ...[...o.utm.entries()].map(([k, v]) => `<input type="hidden" name="${escape(k)}" value="${escape(v)}">`),
  ].join("");
  const fields = page.formFields
    .map((code) => FIELD_INPUT[code](escape(CAMPAIGN_FORM_FIELDS.find((f) => f.code === code)?.zh ?? code)))
    .join("");
  const error = o.error && ERRORS[o.error] ? `<p class="error" role="alert">${ERRORS[o.error]}</p>` : "";
  return shell(
    title,
    `${banner}${hero}${body}${error}<form method="post" action="/c/${escape(page.slug)}${ch}" data-testid="h5-form">
<h2>立即登记</h2>${hidden}<div class="hp" aria-hidden="true"><label>网站<input name="website" tabindex="-1" autocomplete="off"></label></div>
${fields}<button type="submit">提交登记</button></form><footer>信息仅用于本次活动联系</footer>`,
  );
}

export function renderClosed(page: H5Page | null): string {
  const [icon, heading, text] =
    page?.liveness === "NOT_STARTED"
      ? ["⏳", "活动未开始", "活动尚未开始，请稍后再来。"]
      : page?.liveness === "ENDED"
        ? ["🏁", "活动已结束", "感谢关注，本次活动已结束。"]
        : ["🔍", "活动暂不可访问", "该活动不存在或已下线。"];
  return shell(
    heading,
    `<div class="notice" data-testid="h5-closed"><div class="icon">${icon}</div><h1>${heading}</h1><p>${text}</p></div>`,
  );
}
