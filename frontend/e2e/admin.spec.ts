import { expect, test } from '@playwright/test'
import { expectNoAccessibilityViolations, signIn } from './support'

test('an admin sees the units with the pengelola data kinerja marked', async ({ page }) => {
  await page.goto('/login')
  await signIn(page, 'admin')
  await expect(page.getByRole('heading', { level: 1, name: /^Selamat datang, / })).toBeVisible()

  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Unit Kerja' }).click()
  await expect(page).toHaveURL(/\/admin\/units$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Unit Kerja' })).toBeVisible()

  // an admin for a whole kabupaten first picks the kecamatan
  const picker = page.getByLabel('Kecamatan', { exact: true })
  if (await picker.isVisible()) {
    const bulu = await picker.locator('option', { hasText: 'Bulu' }).first().getAttribute('value')
    await picker.selectOption(bulu ?? '')
  }

  const row = page.getByRole('row').filter({ hasText: 'Subbag Perencanaan dan Keuangan' })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('Pengelola data kinerja')
  await expectNoAccessibilityViolations(page)
})
