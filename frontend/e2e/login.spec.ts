import { expect, test } from '@playwright/test'
import { expectNoAccessibilityViolations, signIn } from './support'

test('a Sekcam signs in, sees the home page and signs out', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/login/)
  await expect(page.getByRole('heading', { level: 1, name: 'Masuk' })).toBeVisible()

  await signIn(page, 'sekcam')

  await expect(page.getByRole('heading', { level: 1, name: /^Selamat datang, / })).toBeVisible()
  const main = page.getByRole('main')
  await expect(main).toContainText('Sekretaris Kecamatan')
  await expect(main).toContainText('Bulu')
  // the Sekcam's inbox holds whatever other runs left waiting; it has loaded when it lists tasks or says there are none
  const tasks = page.getByRole('region', { name: 'Tugas Anda' })
  await expect(tasks).toContainText(/Belum ada tugas yang menunggu Anda\.|Langkah \d+ — /)
  await expect(tasks).not.toContainText('Memuat tugas')
  await expectNoAccessibilityViolations(page)

  await page.getByRole('button', { name: 'Keluar' }).click()
  await expect(page).toHaveURL(/\/login/)
  await expect(page.getByRole('heading', { level: 1, name: 'Masuk' })).toBeVisible()
  await expectNoAccessibilityViolations(page)
})

test('a wrong password is refused with a message', async ({ page }) => {
  await page.goto('/login')

  await signIn(page, 'kasi', 'bukan-kata-sandinya')

  await expect(page.getByRole('alert')).toHaveText('Nama pengguna atau kata sandi salah.')
  await expect(page).toHaveURL(/\/login/)
})

test('a kabupaten officer, who acts on no document, sees an empty inbox', async ({ page }) => {
  await page.goto('/login')
  await signIn(page, 'kabupaten')

  await expect(page.getByRole('heading', { level: 1, name: /^Selamat datang, / })).toBeVisible()
  await expect(page.getByRole('main')).toContainText('Analis Kinerja Bagian Organisasi Setda')
  await expect(page.getByRole('region', { name: 'Tugas Anda' })).toContainText('Belum ada tugas yang menunggu Anda.')
  await expectNoAccessibilityViolations(page)
})
