import path from "node:path";
import { defineConfig } from "vitest/config";

// Browser journeys in real Chromium against the production build; one file at a time
// because each starts its own server.
export default defineConfig({
  resolve: { alias: { "~": path.resolve(import.meta.dirname, "app") } },
  test: {
    include: ["tests/browser/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
