import type { Messages } from "@/shared/i18n/lang";

const zh = {
  productName: "销售后台",
  vendorConsole: "厂商后台",
  logout: "退出登录",
  logoutFailed: "退出失败，请重试",
  actingAs: (name: string) => `正在代办：${name}`,
  actingAsHint: "您的操作将同时记录您本人与被代办人。",
  stopActing: "停止代办",
  stopActingDone: "已停止代办",
  collapse: "收起菜单",
  expand: "展开菜单",
  vendorStaff: "厂商员工",
  notBuiltTitle: "功能建设中",
  backToWorkbench: "返回首页",
  forbiddenTitle: "没有权限访问此页面",
  forbiddenSubtitle: "请联系管理员为您的帐号开通相应权限。",
  errorTitle: "页面加载失败",
  errorSubtitle: "服务暂时不可用，请稍后重试。",
  retry: "重试",
  notFoundTitle: "页面不存在",
};

const en: typeof zh = {
  productName: "Sales Console",
  vendorConsole: "Vendor console",
  logout: "Sign out",
  logoutFailed: "Sign-out failed, try again",
  actingAs: (name: string) => `Acting for: ${name}`,
  actingAsHint: "Your actions are recorded for both you and the person you act for.",
  stopActing: "Stop acting",
  stopActingDone: "You no longer act for someone else",
  collapse: "Collapse menu",
  expand: "Expand menu",
  vendorStaff: "Vendor staff",
  notBuiltTitle: "Not yet available",
  backToWorkbench: "Back to home",
  forbiddenTitle: "You can't open this page",
  forbiddenSubtitle: "Ask an administrator to grant your account the permission it needs.",
  errorTitle: "The page failed to load",
  errorSubtitle: "The service is unavailable right now, try again shortly.",
  retry: "Retry",
  notFoundTitle: "Page not found",
};

export const shellMessages: Messages<typeof zh> = { zh, en };
