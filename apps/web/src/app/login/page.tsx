import { redirect } from "next/navigation";
import { LoginForm } from "@/features/session/components/login-form";
import { getViewer } from "@/features/session/get-viewer";

export default async function LoginPage() {
  if (await getViewer()) redirect("/");
  return <LoginForm />;
}
