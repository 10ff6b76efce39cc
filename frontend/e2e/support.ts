import { expect, type APIRequestContext, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

/** Every demo user has this password (see the backend's demo data). */
export const DEMO_PASSWORD = 'kinerja-demo'

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Nama pengguna atau NIP', { exact: true }).fill(username)
  await page.getByLabel('Kata sandi', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Masuk', exact: true }).click()
}

/** Fails with the list of WCAG 2 A/AA violations axe-core finds on the current page. */
export async function expectNoAccessibilityViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  expect(summary).toEqual([])
}

/** Signs out when signed in, then signs in as `username` and waits for the home page. */
export async function switchUser(page: Page, username: string): Promise<void> {
  const logout = page.getByRole('button', { name: 'Keluar' })
  if (await logout.isVisible()) {
    await logout.click()
    await expect(page).toHaveURL(/\/login/)
  } else {
    await page.goto('/login')
  }
  await signIn(page, username)
  await expect(page.getByRole('heading', { level: 1, name: /^Selamat datang, / })).toBeVisible()
}

/** An access token from the login endpoint, for steps done through the API. */
export async function apiToken(request: APIRequestContext, username: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await request.post('/api/v1/auth/login', { data: { username, password } })
  expect(response.status(), `login ${username}`).toBe(200)
  return (await response.json()).accessToken as string
}
