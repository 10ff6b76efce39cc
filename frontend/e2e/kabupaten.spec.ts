import { expect, test } from '@playwright/test'
import { expectFitsEveryScreen, signIn } from './support'

test('a kabupaten administrator opens a kecamatan whose first administrator then logs in', async ({ page }) => {
  const run = Date.now().toString(36)
  const code = `99.${run}`
  const name = `Uji ${run}`
  const admin = `admin.${run}`
  await page.goto('/login')
  await signIn(page, 'admin.kabupaten')
  await expect(page.getByRole('heading', { level: 1, name: /^Selamat datang, / })).toBeVisible()

  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Kabupaten', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Kabupaten' })).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: 'Bulu' })).toHaveCount(1)
  const opening = page.getByRole('region', { name: 'Buka kecamatan' })
  await opening.getByLabel('Kode wilayah').fill(code)
  await opening.getByLabel('Nama kecamatan').fill(name)
  await opening.getByLabel('Nama pengguna', { exact: true }).fill(admin)
  await opening.getByLabel('Kata sandi awal').fill('sandi-awal-uji-e2e')
  await opening.getByLabel('Nama lengkap').fill('Admin Kecamatan Uji')
  await opening.getByLabel('Status kepegawaian').selectOption('NON_ASN')
  await opening.getByLabel('Jabatan').fill('Pranata Komputer')
  await opening.getByRole('button', { name: 'Buka kecamatan' }).click()
  await expect(page.getByText(`Kecamatan ${name} telah dibuka`)).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: code })).toContainText('Belum ditetapkan')
  await expectFitsEveryScreen(page, 'the kabupaten page')

  // a service account for a kabupaten system: its secret is shown once
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Akun Layanan' }).click()
  await page.getByLabel('Nama sistem').fill(`e-SAKIP ${run}`)
  await page.getByLabel(/Rekap \(yang ditandatangani/).check()
  await page.getByRole('button', { name: 'Buat akun layanan' }).click()
  await expect(page.getByText(/hanya ditampilkan sekali ini/)).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: `e-SAKIP ${run}` })).toContainText('recaps:read')
  await expectFitsEveryScreen(page, 'the service accounts page')

  // the kecamatan's first administrator logs in and starts with an empty list of units
  await page.getByRole('button', { name: 'Keluar' }).click()
  await expect(page).toHaveURL(/\/login/)
  await signIn(page, admin, 'sandi-awal-uji-e2e')
  await expect(page.getByRole('heading', { level: 1, name: /^Selamat datang, / })).toBeVisible()
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Unit Kerja' }).click()
  await expect(page.getByText('Belum ada unit kerja.')).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Kabupaten' })).toHaveCount(0)
})
