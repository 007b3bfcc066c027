import type { Messages } from "@/shared/i18n/lang";

const zh = {
  productName: "销售后台",
  loginTitle: "登录销售后台",
  loginSubtitle: "经销商与厂商员工使用同一入口",
  loginName: "帐号",
  loginNamePlaceholder: "请输入帐号",
  loginNameRequired: "请输入帐号",
  password: "密码",
  passwordPlaceholder: "请输入密码",
  passwordRequired: "请输入密码",
  submit: "登录",
  footer: "厂商渠道销售管理系统",
};

const en: typeof zh = {
  productName: "Sales Console",
  loginTitle: "Sign in to the Sales Console",
  loginSubtitle: "One entrance for dealers and vendor staff",
  loginName: "Login name",
  loginNamePlaceholder: "Your login name",
  loginNameRequired: "Enter your login name",
  password: "Password",
  passwordPlaceholder: "Your password",
  passwordRequired: "Enter your password",
  submit: "Sign in",
  footer: "Vendor channel sales management",
};

export const sessionMessages: Messages<typeof zh> = { zh, en };
