import { ForbiddenResult } from "@/features/shell/components/forbidden-result";
import { guardModule } from "@/features/shell/guard-module";
import { StaffListPage } from "@/features/vendor-staff/components/staff-list-page";

export default async function VendorStaffPage() {
  const { allowed } = await guardModule("/vendor/staff");
  return allowed ? <StaffListPage /> : <ForbiddenResult />;
}
