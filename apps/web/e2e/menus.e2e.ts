import type { Page } from "playwright-core";
import { describeWithBrowser } from "./support/browser";
import { baseUrl, closeBrowser, menuTexts, newPage, signIn } from "./support/console";

/** Each demo user sees the menus their permissions and roles allow (SPEC §2, §11). */
const CASES: { login: string; sees: string[]; hidden: string[] }[] = [
  {
    login: "hd.admin",
    sees: [
      "首页",
      "全部录入企业",
      "报备列表",
      "全部订单",
      "虚拟账户/经销商信息",
      "所有业务",
      "帐号列表",
      "分配报备名额",
      "操作日志",
      "代办人",
    ],
    hidden: ["经销商列表", "厂商员工"],
  },
  {
    login: "hd.assistant",
    sees: ["全部录入企业", "全部订单", "帐号列表", "报备列表"],
    hidden: ["虚拟账户/经销商信息", "操作日志", "分配报备名额"],
  },
  { login: "hd.manager", sees: ["全部订单", "虚拟账户/经销商信息", "所有业务"], hidden: ["帐号列表", "操作日志"] },
  {
    login: "hd.a",
    sees: ["全部录入企业", "全部订单", "所有业务", "修改密码"],
    hidden: ["虚拟账户/经销商信息", "帐号列表", "操作日志"],
  },
  {
    login: "vendor.admin",
    sees: ["经销商列表", "厂商员工", "操作日志", "活动审核"],
    hidden: ["全部录入企业", "帐号列表"],
  },
  { login: "vendor.cm", sees: ["经销商列表", "报备名额", "折扣"], hidden: ["厂商员工", "全部录入企业"] },
  { login: "vendor.director", sees: ["业务审批", "经销商列表"], hidden: ["充值", "厂商员工", "报备名额"] },
  { login: "vendor.finance", sees: ["充值", "发票"], hidden: ["业务审批", "甩单规则", "活动审核"] },
  { login: "vendor.ops", sees: ["线索录入", "甩单规则", "活动审核", "订单确认"], hidden: ["充值", "厂商员工"] },
  { login: "hn.admin", sees: ["帐号列表", "操作日志"], hidden: ["经销商列表"] },
];

describeWithBrowser("menus per demo user", () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage();
  });
  afterAll(() => closeBrowser());

  it.each(CASES)("$login sees what it may and nothing else", async ({ login, sees, hidden }) => {
    await signIn(page, login);
    const texts = await menuTexts(page);
    for (const item of sees) expect({ login, item, shown: texts.includes(item) }).toEqual({ login, item, shown: true });
    for (const item of hidden)
      expect({ login, item, shown: texts.includes(item) }).toEqual({ login, item, shown: false });
  });

  it("a staff member opening the account page by URL is refused on the server", async () => {
    await signIn(page, "hd.a");
    await page.goto(`${baseUrl()}/accounts`);
    await page.getByText("没有权限访问此页面").waitFor();
    expect(await page.getByTestId("account-table").count()).toBe(0);
  });

  it("signing out ends the session: console pages send the browser back to the login page", async () => {
    await signIn(page, "hd.b");
    await page.getByTestId("logout").click();
    await page.waitForURL(/\/login/);
    await page.goto(`${baseUrl()}/`);
    await page.waitForURL(/\/login/);
  });
});
