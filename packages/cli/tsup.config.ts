import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/main.ts"],
  format: ["esm"],
  clean: true,
  sourcemap: true,
  // As core and xlsx: for "node20" esbuild rewrites \p{…} regex literals into `new RegExp` calls.
  target: "es2022",
  platform: "node",
  banner: { js: "#!/usr/bin/env node" },
});
