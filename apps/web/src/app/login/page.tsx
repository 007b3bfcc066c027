import { pageMetadata } from "@/features/shell/page-metadata";
import { redirect } from "next/navigation";
import { LoginForm } from "@/features/session/components/login-form";
import { getViewer } from "@/features/session/get-viewer";

export const generateMetadata = () => pageMetadata({ zh: "登录", en: "Sign in" });

export default async function LoginPage() {
  if (await getViewer()) redirect("/");
  return <LoginForm />;
}
