// The console's lint: the repo's shared flat config (typescript-eslint type-checked recommended,
// no `any`, type-only imports, deprecated APIs of antd 6 / Apollo 4 / Next 16 caught) in browser mode.
import { createConfig } from "@crm/eslint-config";

export default createConfig({
  tsconfigRootDir: import.meta.dirname,
  browser: true,
  ignores: ["src/gql/**", "next-env.d.ts", "cache/**"],
});
