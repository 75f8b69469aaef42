import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit and component tests. Playwright specs (tests/e2e) are excluded: they run under Playwright.
export default defineConfig({
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Component tests opt in with `// @vitest-environment jsdom` at the top of the file.
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 20_000,
    pool: 'threads',
  },
});
