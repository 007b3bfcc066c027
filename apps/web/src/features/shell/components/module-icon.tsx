import {
  AccountBookOutlined,
  AuditOutlined,
  BankOutlined,
  CheckSquareOutlined,
  CloudServerOutlined,
  FileProtectOutlined,
  FormOutlined,
  HomeOutlined,
  MessageOutlined,
  NotificationOutlined,
  SettingOutlined,
  ShopOutlined,
  ShoppingCartOutlined,
  TeamOutlined,
  ToolOutlined,
  UserOutlined,
} from "@ant-design/icons";
import type { ReactNode } from "react";
import type { ModuleIcon } from "../console-modules";

const ICONS: Record<ModuleIcon, ReactNode> = {
  home: <HomeOutlined />,
  enterprise: <BankOutlined />,
  registration: <FileProtectOutlined />,
  order: <ShoppingCartOutlined />,
  service: <CloudServerOutlined />,
  finance: <AccountBookOutlined />,
  request: <FormOutlined />,
  message: <MessageOutlined />,
  campaign: <NotificationOutlined />,
  account: <TeamOutlined />,
  settings: <SettingOutlined />,
  dealer: <ShopOutlined />,
  approval: <CheckSquareOutlined />,
  operations: <ToolOutlined />,
  platform: <UserOutlined />,
  audit: <AuditOutlined />,
};

export function moduleIcon(icon: ModuleIcon | undefined): ReactNode {
  return icon ? ICONS[icon] : undefined;
}
