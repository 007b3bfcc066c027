import type { Messages } from "@/shared/i18n/lang";

const zh = {
  welcome: (name: string) => `欢迎回来，${name}`,
  intro: "这里是您的工作台。左侧菜单列出了您可以使用的模块。",
  dealer: "经销商",
  vendor: "所属",
  vendorName: "厂商",
  loginName: "帐号",
  accountType: "帐户类型",
  vendorRoles: "厂商角色",
  delegate: "代办人",
  none: "无",
  permissions: "我的权限",
  permissionsActing: (name: string) => `${name} 的权限`,
  noPermissions: "暂无权限",
  actingFor: (name: string) => `当前正在代办 ${name}，以下为被代办人的资料与权限。`,
  canActFor: "可代办的帐号",
  modules: "我的模块",
  notBuilt: "建设中",
  goDelegate: "前往代办人设置",
};

const en: typeof zh = {
  welcome: (name: string) => `Welcome back, ${name}`,
  intro: "This is your workbench. The menu on the left lists the modules you can use.",
  dealer: "Dealer",
  vendor: "Organisation",
  vendorName: "Vendor",
  loginName: "Login name",
  accountType: "Account type",
  vendorRoles: "Vendor roles",
  delegate: "Delegate",
  none: "None",
  permissions: "My permissions",
  permissionsActing: (name: string) => `${name}'s permissions`,
  noPermissions: "No permissions",
  actingFor: (name: string) => `You are acting for ${name}; the profile and permissions below are theirs.`,
  canActFor: "Accounts you can act for",
  modules: "My modules",
  notBuilt: "Coming",
  goDelegate: "Open delegate settings",
};

export const workbenchMessages: Messages<typeof zh> = { zh, en };
