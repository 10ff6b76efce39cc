import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests through the real backend, which serves the built SPA. The backend's test suite starts
 * the app with demo data and runs `npx playwright test` with BASE_URL pointing at it. Uses the system
 * Chromium (browsers are never downloaded). Every spec makes its own data (its own cycle year in the
 * demo Kecamatan Bulu), so the specs run in parallel and on a database that already holds other data.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  reporter: 'list',
  workers: 2,
  retries: 0,
  fullyParallel: true,
  forbidOnly: true,
  // two workers share this machine's two cores with the app and its database: a page can take seconds
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: process.env.BASE_URL || 'http://localhost:8080',
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
})
