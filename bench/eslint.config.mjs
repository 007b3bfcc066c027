import { createConfig } from "@crm/eslint-config";

export default createConfig({ tsconfigRootDir: import.meta.dirname });
