import { HomePage } from "@/features/dashboard/components/home-page";
import { modulePageMetadata } from "@/features/shell/page-metadata";
import { guardModule } from "@/features/shell/guard-module";

export const generateMetadata = () => modulePageMetadata("/");

export default async function ConsoleHomePage() {
  const { viewer } = await guardModule("/");
  return <HomePage viewer={viewer} />;
}
