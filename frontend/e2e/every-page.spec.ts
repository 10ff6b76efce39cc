import { expect, test, type Page } from '@playwright/test'
import { apiCall, authHeaders, expectFitsEveryScreen, PHONE, signIn, switchUser } from './support'

/**
 * Every page of the SPA (src/router.ts) that needs no document of this run's own, as its users see it:
 * axe finds nothing at the desktop size nor on a 360 × 740 phone, and on the phone the page never
 * scrolls sideways. The document pages with real data (form, unit data, recap) are checked inside the
 * SOP specs, which make that data. Here the demo kecamatan's 2025 cycle and its imported form serve
 * the cycle's SOP and the form page; other runs' data may be anywhere, which is what a page must fit.
 */

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name })
const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu utama' })

/** The demo's 2025 cycle of Kecamatan Bulu and its form. */
async function demoCycle(request: import('@playwright/test').APIRequestContext) {
  const staf = await authHeaders(request, 'staf')
  const me = await apiCall(request, 'get', '/api/v1/me', staf)
  const cycles = await apiCall(request, 'get', `/api/v1/cycles?kecamatanId=${me.kecamatan.id}`, staf)
  const cycle = cycles.find((c: { year: number }) => c.year === 2025)
  expect(cycle?.formId, 'the demo 2025 cycle and its form').toBeTruthy()
  return { cycleId: cycle.id as number, formId: cycle.formId as number }
}

test("the sign-in page, the Staf's home, the cycles and every tab of a form fit a phone and pass axe", async ({ page, request }) => {
  test.setTimeout(150_000)
  const { formId } = await demoCycle(request)

  await page.goto('/login')
  await expect(heading(page, 'Masuk')).toBeVisible()
  await expectFitsEveryScreen(page, 'Masuk')

  await signIn(page, 'staf')
  await expect(heading(page, /^Selamat datang, /)).toBeVisible()
  await expect(page.getByRole('region', { name: 'Tugas Anda' })).not.toContainText('Memuat tugas')
  await expectFitsEveryScreen(page, 'Beranda (Staf)')

  await menu(page).getByRole('link', { name: 'Siklus' }).click()
  await expect(heading(page, 'Siklus Data Kinerja')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Buka formulir 2025', exact: true })).toBeVisible()
  await expectFitsEveryScreen(page, 'Siklus')

  await page.goto(`/formulir/${formId}`)
  await expect(heading(page, 'Format Data Kinerja Tahun 2025')).toBeVisible()
  for (const tab of ['Isi formulir', 'Perbedaan', 'Riwayat', 'Persetujuan', 'Distribusi']) {
    await page.getByRole('tab', { name: tab }).click()
    await expect(page.getByRole('tabpanel', { name: tab })).toBeVisible()
    await expect(page.getByRole('tabpanel', { name: tab })).not.toContainText(/^Memuat/)
    await expectFitsEveryScreen(page, `Formulir 2025, ${tab}`)
  }

})

test("the Sekcam's home, the cycle's SOP and the dashboard fit a phone and pass axe", async ({ page, request }) => {
  test.setTimeout(120_000)
  const { cycleId } = await demoCycle(request)
  await page.goto('/login')
  await signIn(page, 'sekcam')
  await expect(heading(page, /^Selamat datang, /)).toBeVisible()
  await expect(page.getByRole('region', { name: 'Tugas Anda' })).not.toContainText('Memuat tugas')
  await expectFitsEveryScreen(page, 'Beranda (Sekcam)')
  await page.goto(`/siklus/${cycleId}/sop`)
  await expect(heading(page, /^Alur SOP — /)).toBeVisible()
  await expect(page.getByRole('region', { name: /Bagan alir SOP/ })).toBeVisible()
  await expectFitsEveryScreen(page, 'Alur SOP 2025')

  await menu(page).getByRole('link', { name: 'Dasbor' }).click()
  await expect(heading(page, 'Dasbor Kinerja SOP')).toBeVisible()
  await expect(page.getByRole('main')).not.toContainText('Memuat')
  await expectFitsEveryScreen(page, 'Dasbor')
})

test("the administrator's pages, the password page, 'not found' and 'forbidden' fit a phone and pass axe", async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto('/login')
  await signIn(page, 'admin')
  await expect(heading(page, /^Selamat datang, /)).toBeVisible()

  for (const [link, title, ready] of [
    ['Unit Kerja', 'Unit Kerja', 'Subbag Perencanaan dan Keuangan'],
    ['Pengguna', 'Pengguna', 'Sekretaris Kecamatan'],
    ['Kalender Kerja', 'Kalender Kerja', 'Jam kerja sepekan'],
    ['Ubah Kata Sandi', 'Ubah Kata Sandi', 'Kata sandi saat ini'],
  ] as const) {
    await menu(page).getByRole('link', { name: link, exact: true }).click()
    await expect(heading(page, title)).toBeVisible()
    await expect(page.getByRole('main')).toContainText(ready)
    await expectFitsEveryScreen(page, title)
  }

  await page.goto('/tidak-ada-halaman-ini')
  await expect(heading(page, 'Halaman tidak ditemukan')).toBeVisible()
  await expectFitsEveryScreen(page, 'Halaman tidak ditemukan')

  await switchUser(page, 'kasi')
  await page.goto('/admin/users')
  await expect(heading(page, 'Akses ditolak')).toBeVisible()
  await expectFitsEveryScreen(page, 'Akses ditolak')
})

test('on a phone the header leaves the screen to the page: one line of bar, the menu in one row', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await page.goto('/login')
  await signIn(page, 'sekcam')
  await expect(heading(page, /^Selamat datang, /)).toBeVisible()
  const header = await page.locator('header').boundingBox()
  // it took a quarter of the screen (185 px) before
  expect(header!.height, 'header height on a 740 px screen').toBeLessThanOrEqual(PHONE.height * 0.16)
  await expect(page.getByRole('button', { name: 'Keluar' })).toBeInViewport()
  // every menu entry can still be reached: the row scrolls inside itself
  const last = menu(page).getByRole('link').last()
  await last.scrollIntoViewIfNeeded()
  await expect(last).toBeInViewport()
  await expectFitsEveryScreen(page, 'Beranda on the phone')
})
