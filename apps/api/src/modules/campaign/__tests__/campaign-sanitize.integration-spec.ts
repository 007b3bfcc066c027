import { makeDealerTeam, makeVendorStaff } from "../../../../test/support/factories";
import type { GraphQLTestClient } from "../../../../test/support/graphql-client";
import { signInDirectly } from "../../../../test/support/sessions";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";

/**
 * Stored XSS through campaign rich text (item 4): whatever a dealer sends as the H5 page's body
 * is stored and served through sanitize-html's allow-list — formatting tags and http(s)/tel/mailto
 * links only; no script, event handler, javascript:/data: URL, style, iframe, form or SVG.
 */
const ATTACKS: [string, string][] = [
  ["script tag", `<script>window.__xss=1</script>`],
  ["img onerror", `<img src=x onerror=window.__xss=1>`],
  ["svg onload", `<svg onload=window.__xss=1><circle r=1></circle></svg>`],
  ["javascript: link", `<a href="javascript:window.__xss=1">点我</a>`],
  ["mixed-case javascript: link", `<a href="JaVaScRiPt:window.__xss=1">点我</a>`],
  ["entity-encoded javascript: link", `<a href="jav&#x09;ascript:window.__xss=1">点我</a>`],
  ["data: link", `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">点我</a>`],
  ["protocol-relative link", `<a href="//evil.example/x">点我</a>`],
  ["event handler on an allowed tag", `<p onclick="window.__xss=1" onmouseover="x()">段落</p>`],
  ["style attribute", `<p style="background:url(javascript:alert(1))">段落</p>`],
  ["style tag", `<style>body{background:red}</style>`],
  ["iframe", `<iframe src="https://evil.example"></iframe>`],
  ["form", `<form action="https://evil.example"><input name=a></form>`],
  ["object/embed", `<object data="x.swf"></object><embed src="x.swf">`],
  [
    "base and meta refresh",
    `<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example">`,
  ],
  ["math xlink", `<math><mi xlink:href="javascript:alert(1)">x</mi></math>`],
  ["unclosed attribute trick", `<a href="https://ok.example" onfocus="x()" autofocus>ok</a>`],
  ["author's own rel/target", `<a href="https://ok.example" target="_self" rel="opener">ok</a>`],
];

describe("campaign rich text is sanitized before it is stored or served", () => {
  let t: TestApp;
  let admin: GraphQLTestClient;
  let ops: GraphQLTestClient;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp();
    base = t.url.replace(/\/graphql$/, "");
    admin = await signInDirectly(t, (await makeDealerTeam(t.dataSource)).admin.id);
    ops = await signInDirectly(t, (await makeVendorStaff(t.dataSource, ["OPERATIONS"])).id);
  });
  afterAll(async () => {
    await t.close();
  });

  async function create(bodyHtml: string, title = "页面标题") {
    const data = await admin.ok<{ createCampaign: { id: string; slug: string; bodyHtml: string } }>(
      `mutation($input: CampaignInput!) { createCampaign(input: $input) { id slug bodyHtml } }`,
      {
        input: {
          name: "净化测试",
          title,
          bodyHtml,
          formFields: [],
          validFrom: new Date(Date.now() - 60_000).toISOString(),
          validTo: new Date(Date.now() + 86_400_000).toISOString(),
          channels: [{ code: "web", name: "官网" }],
        },
      },
    );
    return data.createCampaign;
  }

  function expectClean(html: string): void {
    expect(html).not.toMatch(/<\s*(script|img|svg|style|iframe|form|input|object|embed|base|meta|math)\b/i);
    expect(html).not.toMatch(/\son\w+\s*=/i);
    expect(html).not.toMatch(/javascript:|data:|style=|xlink|\/\/evil/i);
    expect(html).not.toMatch(/autofocus|_self|rel="opener"/i);
    // every link that is left opens in a new tab without a handle on this page
    for (const a of html.match(/<a\b[^>]*>/g) ?? []) {
      expect(a).toContain('rel="noopener noreferrer nofollow"');
      expect(a).toContain('target="_blank"');
    }
  }

  it.each(ATTACKS)("strips a %s and keeps the text", async (_name, attack) => {
    const campaign = await create(`<p>前言</p>${attack}<p>结尾</p>`);
    expectClean(campaign.bodyHtml);
    expect(campaign.bodyHtml).toContain("前言");
    expect(campaign.bodyHtml).toContain("结尾");
    const [row] = await t.dataSource.query<{ body_html: string }[]>(`SELECT body_html FROM campaign WHERE id = $1`, [
      campaign.id,
    ]);
    expectClean(row?.body_html ?? "");
  });

  it("keeps the allowed formatting and safe links, opened with noopener", async () => {
    const campaign = await create(
      `<h2>标题</h2><p><strong>粗</strong><em>斜</em></p><ul><li>一</li></ul><a href="https://ok.example/a?b=1">链接</a><a href="tel:4008001234">电话</a>`,
    );
    expect(campaign.bodyHtml).toContain("<h2>标题</h2>");
    expect(campaign.bodyHtml).toContain("<strong>粗</strong>");
    expect(campaign.bodyHtml).toMatch(
      /<a href="https:\/\/ok\.example\/a\?b=1" rel="noopener noreferrer nofollow" target="_blank">/,
    );
    expect(campaign.bodyHtml).toContain(`href="tel:4008001234"`);
  });

  it("an edit goes through the same sanitizer, and the public page serves only the clean body", async () => {
    const campaign = await create("<p>原文</p>");
    const updated = await admin.ok<{ updateCampaign: { bodyHtml: string } }>(
      `mutation($id: ID!, $input: CampaignInput!) { updateCampaign(id: $id, input: $input) { bodyHtml } }`,
      {
        id: campaign.id,
        input: {
          name: "净化测试",
          title: `<script>window.__xss=1</script>标题`,
          bodyHtml: ATTACKS.map(([, a]) => a).join("<p>分隔</p>"),
          formFields: [],
          validFrom: new Date(Date.now() - 60_000).toISOString(),
          validTo: new Date(Date.now() + 86_400_000).toISOString(),
          channels: [{ code: "web", name: "官网" }],
        },
      },
    );
    expectClean(updated.updateCampaign.bodyHtml);
    await ops.ok(`mutation($id: ID!) { reviewCampaign(id: $id, decision: APPROVE) { id } }`, { id: campaign.id });
    const response = await fetch(`${base}/public/campaigns/${campaign.slug}?ch=web`, {
      headers: { "user-agent": "Mozilla/5.0 (iPhone) AppleWebKit/605.1.15" },
    });
    const page = (await response.json()) as { bodyHtml: string; title: string };
    expectClean(page.bodyHtml);
    // the title is plain text: kept as typed, and escaped where it is rendered
    expect(page.title).toBe("<script>window.__xss=1</script>标题");
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
