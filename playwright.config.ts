import { defineConfig } from '@playwright/test';

/** The built site is served on this port for browser tests; `E2E_PORT` lets two checkouts test side by side. */
const port = Number(process.env.E2E_PORT ?? 3210);

/**
 * Browser tests run against the production build (`npm run build` first) in
 * Debian's Chromium; Playwright downloads no browser of its own.
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  // CI runs two browsers on two cores beside the server: give a route time to load.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'nb-NO',
    // The site's service worker precaches the site on every first visit; each test is a first
    // visit, so it stays off except in the offline journey (e2e/offline.spec.ts).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // The build as a web server should serve it, with the Content-Security-Policy the build
  // wrote (scripts/serve.ts); every test fails on a violation of it (e2e/fixtures.ts).
  webServer: {
    command: `npx tsx scripts/serve.ts --port ${port} --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
