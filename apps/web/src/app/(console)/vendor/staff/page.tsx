import { modulePageMetadata } from "@/features/shell/page-metadata";
import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";
import { StaffListPage } from "@/features/vendor-staff/components/staff-list-page";

export const generateMetadata = () => modulePageMetadata("/vendor/staff");

export default async function VendorStaffPage() {
  const { allowed } = await guardModule("/vendor/staff");
  return allowed ? <StaffListPage /> : <ForbiddenResult />;
}
