import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  DEMO_PASSWORD,
  apiCall,
  authHeaders,
  claimOwnYear,
  ensureDistributedForm,
  ownSubmissionId,
  switchUser,
} from './support'

/**
 * Two ways officials work that clicks do not show: the Staf's step 1 done with the keyboard alone
 * (every control reached by Tab, with a visible focus, used with Enter or by typing), and a unit head
 * whose connection drops while saving: what was typed is kept on the device and saved once online.
 * Each test makes its own cycle year.
 */

/**
 * Presses Tab (Shift+Tab when `back`) until `target` has the focus, as a keyboard user would, and
 * checks the focus can be seen there. Fails when it is not reached within `limit` presses.
 */
async function tabTo(page: Page, target: Locator, { back = false, limit = 120 } = {}): Promise<void> {
  const handle = await target.elementHandle()
  expect(handle, 'the control to reach').toBeTruthy()
  for (let i = 0; i < limit; i++) {
    if (await handle!.evaluate((el) => el === document.activeElement)) {
      const visible = await handle!.evaluate((el) => {
        const style = getComputedStyle(el)
        const shown = (s: CSSStyleDeclaration) => (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'
        // a visually hidden input shows its focus on the control drawn for it
        const drawn = el.nextElementSibling ? getComputedStyle(el.nextElementSibling) : null
        return shown(style) || (drawn !== null && shown(drawn))
      })
      expect(visible, `a visible focus on ${await target.evaluate((el) => el.outerHTML.slice(0, 80))}`).toBe(true)
      return
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`not reached with the keyboard: ${await target.evaluate((el) => el.outerHTML.slice(0, 120))}`)
}

test('the Staf does step 1 with the keyboard alone: sign in, make the cycle, copy last year, write the letter, send it', async ({ page, request }) => {
  test.setTimeout(120_000)
  const { year } = await claimOwnYear(request)
  await page.goto('/login')

  await tabTo(page, page.getByLabel('Nama pengguna atau NIP', { exact: true }))
  await page.keyboard.type('staf')
  await tabTo(page, page.getByLabel('Kata sandi', { exact: true }))
  await page.keyboard.type(DEMO_PASSWORD)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: /^Selamat datang/ })).toBeVisible()

  await tabTo(page, page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Siklus' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Siklus Data Kinerja' })).toBeVisible()
  const yearField = page.getByLabel('Tahun', { exact: true })
  await tabTo(page, yearField)
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(String(year))
  await page.keyboard.press('Enter') // submits the form the field is in
  const row = page.getByRole('row', { name: new RegExp(`Data Kinerja ${year}`) })
  await expect(row).toContainText('Belum ada formulir')

  await tabTo(page, row.getByRole('button', { name: `Salin dari tahun lalu (${year - 1}) untuk ${year}`, exact: true }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: `Format Data Kinerja Tahun ${year}` })).toBeVisible()

  const letter = page.getByLabel('Isi surat')
  await tabTo(page, letter)
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(`Dengan hormat, mohon setiap unit kerja mengisi format data kinerja tahun ${year}.`)
  const deadline = page.getByLabel('Tenggat')
  await tabTo(page, deadline)
  // the date's day, month and year parts are the browser's own control, in the order of its locale;
  // the test sets the value there and goes on with the keyboard
  await deadline.fill(`${year + 1}-01-15`)
  await expect(deadline).toHaveValue(`${year + 1}-01-15`)
  // Enter in a field saves the form, as a keyboard user does rather than tabbing past every indicator
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'disimpan sebagai versi 2' })).toBeVisible()

  await tabTo(page, page.getByRole('region', { name: 'Tindakan' }).getByRole('button', { name: 'Kirim ke Kasubbag untuk dikoreksi' }), { back: true })
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: /telah/ })).toBeVisible()
  await expect(page.locator('[data-form-state]')).toHaveText('Dikoreksi Kasubbag')
})

test('a save without a connection keeps what the unit head typed on the device; back online it is restored and saved as meant', async ({
  page,
  request,
  context,
}) => {
  test.setTimeout(120_000)
  const { year } = await claimOwnYear(request)
  const formId = await ensureDistributedForm(request, year)
  const kasi = await authHeaders(request, 'kasi')
  const submissionId = await ownSubmissionId(request, kasi, formId)

  await switchUser(page, 'kasi')
  await page.goto(`/data/${submissionId}`)
  const s21 = page.getByRole('group', { name: /^Indikator S2\.1 / })
  await s21.getByLabel('Realisasi (%)').fill('84,2')

  await context.setOffline(true)
  await page.getByRole('button', { name: 'Simpan', exact: true }).click()
  await expect(page.getByRole('alert')).toContainText('Koneksi ke server terputus')
  await expect(page.getByRole('alert')).toContainText('tetap disimpan sementara di perangkat ini')

  await context.setOffline(false)
  await page.reload()
  await expect(page.locator('[data-local-draft] [role=status]')).toContainText('dipulihkan dari perangkat ini')
  await expect(s21.getByLabel('Realisasi (%)')).toHaveValue('84,2')
  await page.getByRole('button', { name: 'Simpan', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Data telah disimpan' })).toBeVisible()

  const saved = await apiCall(request, 'get', `/api/v1/submissions/${submissionId}`, kasi)
  expect(saved.indicators.find((i: { code: string }) => i.code === 'S2.1').value).toBe(84.2)
  // saved: nothing is offered back any more
  await page.reload()
  await expect(s21.getByLabel('Realisasi (%)')).toHaveValue('84,2')
  await expect(page.locator('[data-local-draft] [role=status]')).toHaveText('')
})
