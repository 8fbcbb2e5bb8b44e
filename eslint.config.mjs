import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";
import { layersPlugin } from "./eslint-rules/layers.mjs";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([".next/**", "lib/generated/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "bench/.results/**"]),
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Which layer may import which (eslint-rules/layers.mjs), and no circles between files: a
    // circle means neither file can be understood, tested or moved without the other.
    plugins: { layers: layersPlugin },
    // Packages are not followed for circles; not parsing them at all also keeps no-cycle fast.
    settings: { "import/ignore": ["node_modules"] },
    rules: {
      "layers/boundaries": "error",
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
]);
