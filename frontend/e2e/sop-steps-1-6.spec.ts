import { expect, test, type Page } from '@playwright/test'
import {
  apiCall,
  apiToken,
  authHeaders,
  claimOwnYear,
  confirmReview,
  expectFitsEveryScreen,
  expectNoAccessibilityViolations,
  incomingLetter,
  switchUser,
  taskEntry,
  type OwnYear,
} from './support'

/**
 * SOP steps 1-6 for a cycle of Kecamatan Bulu's that this spec makes its own (a year no other run
 * uses; the year before it gets an imported form through the API), through the browser, one official
 * after another: the Staf creates the cycle, clones last year's imported form and drafts the letter,
 * the Kasubbag returns and then forwards it, the Sekcam initials, the Camat says "Tidak", the round
 * repeats, the Camat signs, the clerk numbers the letter, the Kasubbag distributes it and every
 * addressed unit confirms receipt. Other runs' documents may be anywhere in the database.
 */

const RETURN_REASON = 'Target IKM perlu disesuaikan dengan Renstra.'
const TIDAK_REASON = 'Tenggat terlalu dekat dengan akhir tahun anggaran; mohon ditinjau kembali.'
/** Heads of the units the demo form addresses, confirmed here through the API (two go through the UI). */
const OTHER_UNIT_HEADS = ['kasubbag.umum', 'kasi.trantib', 'kasi.pmd', 'kasi.kesos', 'kasi.pelayanan']

let own: OwnYear
let YEAR = 0
/** The spec's form, once step 1 has created it. */
let formId = 0

const formHeading = (page: Page) => page.getByRole('heading', { level: 1, name: `Format Data Kinerja Tahun ${YEAR}` })
const formState = (page: Page) => page.locator('[data-form-state]')
const actions = (page: Page) => page.getByRole('region', { name: 'Tindakan' })

/** From the home page's inbox, opens the spec's form waiting at the given step. */
async function openTask(page: Page, step: number, title: RegExp) {
  const task = taskEntry(page, YEAR, step)
  await expect(task).toHaveCount(1)
  const link = task.getByRole('link')
  await expect(link).toHaveText(title)
  await expect(link).toHaveAttribute('href', `/formulir/${formId}`)
  await expect(task).toContainText(`Formulir data kinerja tahun ${YEAR}`)
  // a task with an SLA shows its status and tenggat; one without (clock started before SLAs) its waiting time
  await expect(task).toContainText(/tenggat \d+ \w+ \d{4} \d{2}\.\d{2}|Menunggu sejak \d+ \w+ \d{4} pukul \d{2}\.\d{2}/)
  await link.click()
  await expect(page).toHaveURL(new RegExp(`/formulir/${formId}$`))
  await expect(formHeading(page)).toBeVisible()
}

async function openFromCycles(page: Page) {
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Siklus' }).click()
  await page.getByRole('link', { name: `Buka formulir ${YEAR}`, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/formulir/${formId}$`))
  await expect(formHeading(page)).toBeVisible()
}

/** Numbering prints the letter and a copy per unit: on a loaded machine that takes well over a page's seconds. */
const PRINTING = 30_000

async function act(page: Page, button: string | RegExp, expectedState: string, timeout?: number) {
  await actions(page).getByRole('button', { name: button }).click()
  await expect(page.getByRole('status').filter({ hasText: /telah/ })).toBeVisible({ timeout })
  await expect(formState(page)).toHaveText(expectedState)
}

/** Refuses or returns through the reason dialog. */
async function withReason(page: Page, button: string | RegExp, dialogName: string, reason: string, confirm: string) {
  await actions(page).getByRole('button', { name: button }).click()
  const dialog = page.getByRole('dialog', { name: dialogName })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByLabel('Alasan')).toBeFocused()
  await dialog.getByLabel('Alasan').fill(reason)
  await dialog.getByRole('button', { name: confirm }).click()
  await expect(dialog).toBeHidden()
}

async function paraf(page: Page) {
  await switchUser(page, 'sekcam')
  await openTask(page, 3, /Memberi paraf/)
  await expect(formState(page)).toHaveText('Menunggu paraf Sekcam')
  const approval = actions(page).locator('.approval-version')
  await expect(approval).toContainText(/Versi \d+ menunggu keputusan Anda/)
  const shown = (await approval.locator('code').getAttribute('title')) ?? ''
  await actions(page).getByRole('button', { name: 'Beri paraf' }).click()
  const review = page.getByRole('dialog', { name: 'Tinjau sebelum memaraf' })
  // the Sekcam reads whose hands the version went through: the Staf prepared it, the Kasubbag corrected it
  await expect(review.locator('.review__trail')).toContainText('Disiapkan')
  await expect(review.locator('.review__trail')).toContainText('Dikoreksi')
  await expect(review.locator('details code')).toHaveText(shown)
  await confirmReview(page, /^Beri paraf pada versi \d+$/)
  await expect(page.getByRole('status').filter({ hasText: /telah/ })).toBeVisible()
  await expect(formState(page)).toHaveText('Menunggu tanda tangan Camat')
  // the paraf is bound to the hash of the version that was on the screen
  await page.getByRole('tab', { name: 'Persetujuan' }).click()
  const parafs = page.getByRole('tabpanel', { name: 'Persetujuan' }).getByRole('row', { name: /Paraf Disetujui/ })
  await expect(parafs.last().locator('code')).toHaveAttribute('title', shown)
}

async function resendAndForward(page: Page) {
  await switchUser(page, 'staf')
  await openTask(page, 1, /Membuat draf/)
  await act(page, 'Kirim ke Kasubbag untuk dikoreksi', 'Dikoreksi Kasubbag')
  await switchUser(page, 'kasubbag')
  await openTask(page, 2, /Mengoreksi/)
  await act(page, 'Teruskan ke Sekcam untuk diparaf', 'Menunggu paraf Sekcam')
}

test('SOP steps 1-6: draft, correction, paraf, "Tidak", signature, number, distribution', async ({ page, request }) => {
  test.setTimeout(180_000)
  own = await claimOwnYear(request)
  YEAR = own.year

  await test.step('Staf starts the own year by cloning the year before and sees what changed', async () => {
    await switchUser(page, 'staf')
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Siklus' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Siklus Data Kinerja' })).toBeVisible()
    await expect(page.getByRole('row', { name: /Data Kinerja 2025/ })).toContainText('Diimpor (tidak ditandatangani di sistem)')
    await expect(page.getByRole('row', { name: new RegExp(`Data Kinerja ${YEAR - 1}`) })).toContainText(
      'Diimpor (tidak ditandatangani di sistem)',
    )
    await expect(page.getByRole('row', { name: new RegExp(`Data Kinerja ${YEAR}`) })).toHaveCount(0)
    await page.getByLabel('Tahun', { exact: true }).fill(String(YEAR))
    await page.getByRole('button', { name: 'Buat siklus' }).click()
    const row = page.getByRole('row', { name: new RegExp(`Data Kinerja ${YEAR}`) })
    await expect(row).toContainText('Belum ada formulir')
    // the field keeps the year just made rather than jumping to the one after it
    await expect(page.getByLabel('Tahun', { exact: true })).toHaveValue(String(YEAR))
    await expect(row.getByText('Belum ada berkas dipilih')).toBeVisible()
    await expect(row.getByText('Pilih berkas', { exact: true })).toBeVisible()
    await expectFitsEveryScreen(page, 'Siklus with a new cycle')
    await row.getByRole('button', { name: `Salin dari tahun lalu (${YEAR - 1}) untuk ${YEAR}`, exact: true }).click()
    await expect(formHeading(page)).toBeVisible()
    await expect(formState(page)).toHaveText('Draf')
    formId = Number(/\/formulir\/(\d+)$/.exec(page.url())![1])
    const cycle = await apiCall(request, 'get', `/api/v1/cycles?kecamatanId=${own.kecamatanId}`, await authHeaders(request, 'staf'))
    expect(cycle.find((c: { year: number }) => c.year === YEAR)?.formId, 'the form of the own cycle').toBe(formId)

    await page.getByRole('tab', { name: 'Perbedaan' }).click()
    const diff = page.getByRole('tabpanel', { name: 'Perbedaan' })
    await expect(diff).toContainText(`Dari Tahun ${YEAR - 1}`)
    await expect(diff.getByRole('row', { name: /Perihal/ })).toContainText(`Permohonan Pengisian Data Kinerja Tahun ${YEAR}`)
  })

  await test.step('Staf writes the letter, changes a target, saves and sends it for correction', async () => {
    await page.getByRole('tab', { name: 'Isi formulir' }).click()
    await page.getByLabel('Isi surat').fill(
      `Dengan hormat, mohon setiap unit kerja mengisi format data kinerja tahun ${YEAR} terlampir.`,
    )
    await page.getByLabel('Tenggat').fill(`${YEAR + 1}-01-15`)
    const ikm = page.getByRole('group', { name: 'Indikator S1.1' })
    await expect(ikm.getByLabel('Target', { exact: true })).toHaveValue('82,5')
    await ikm.getByLabel('Target', { exact: true }).fill('85')
    await expect(actions(page)).toContainText('Ada perubahan yang belum disimpan')
    await page.getByRole('button', { name: 'Simpan perubahan' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'disimpan sebagai versi 2' })).toBeVisible()
    await expectFitsEveryScreen(page, 'the form as the Staf edits it')

    await page.getByRole('tab', { name: 'Perbedaan' }).click()
    const changed = page.getByRole('tabpanel', { name: 'Perbedaan' }).getByRole('row', { name: /S1\.1/ })
    await expect(changed).toContainText('Target')
    await expect(changed).toContainText('82,5')
    await expect(changed).toContainText('85')
    await expectFitsEveryScreen(page, 'the differences between two versions')

    await act(page, 'Kirim ke Kasubbag untuk dikoreksi', 'Dikoreksi Kasubbag')
  })

  await test.step('Kasubbag returns it with a reason and a note on the indicator', async () => {
    await switchUser(page, 'kasubbag')
    await openTask(page, 2, /Mengoreksi draf format data kinerja/)
    // Esc closes the dialog without returning anything
    await actions(page).getByRole('button', { name: 'Kembalikan ke Staf' }).click()
    await expect(page.getByRole('dialog', { name: 'Kembalikan ke Staf' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toBeHidden()
    await expect(actions(page).getByRole('button', { name: 'Kembalikan ke Staf' })).toBeFocused()

    await actions(page).getByRole('button', { name: 'Kembalikan ke Staf' }).click()
    const dialog = page.getByRole('dialog', { name: 'Kembalikan ke Staf' })
    await dialog.getByLabel('Alasan').fill(RETURN_REASON)
    await dialog.getByRole('button', { name: 'Tambah catatan' }).click()
    await dialog.getByLabel('Catatan 1 untuk').selectOption('S1.1')
    await dialog.getByLabel('Isi catatan 1').fill(`Sesuaikan dengan target Renstra ${YEAR}.`)
    await expectNoAccessibilityViolations(page)
    await dialog.getByRole('button', { name: 'Kembalikan', exact: true }).click()
    await expect(formState(page)).toHaveText('Draf')
  })

  await test.step('Staf sees why, resends; Kasubbag forwards; Sekcam gives paraf', async () => {
    await switchUser(page, 'staf')
    await openTask(page, 1, /Membuat draf/)
    await expect(page.getByRole('main')).toContainText(`Alasan: ${RETURN_REASON}`)
    await expect(page.getByRole('note', { name: 'Catatan untuk indikator S1.1' })).toContainText(`Sesuaikan dengan target Renstra ${YEAR}.`)
    await act(page, 'Kirim ke Kasubbag untuk dikoreksi', 'Dikoreksi Kasubbag')
    await switchUser(page, 'kasubbag')
    await openTask(page, 2, /Mengoreksi/)
    await act(page, 'Teruskan ke Sekcam untuk diparaf', 'Menunggu paraf Sekcam')
    await paraf(page)
  })

  await test.step('Camat says "Tidak" with a reason', async () => {
    await switchUser(page, 'camat')
    await openTask(page, 4, /Menerima dan menandatangani/)
    await expect(actions(page)).toContainText(/Versi \d+ menunggu keputusan Anda/)
    // sign what you see: the letter as it will be issued, printed from this very version
    await page.getByRole('button', { name: 'Pratinjau surat (PDF)' }).click()
    await expect(page.getByRole('link', { name: 'Buka pratinjau di tab baru' })).toHaveAttribute('href', /^blob:/)
    await withReason(page, /^Tidak/, 'Tidak menandatangani', TIDAK_REASON, 'Kirim keputusan "Tidak"')
    await expect(formState(page)).toHaveText('Draf')
  })

  await test.step('Second round: resent, forwarded, paraf, signed', async () => {
    await resendAndForward(page)
    await paraf(page)
    await switchUser(page, 'camat')
    await openTask(page, 4, /Menerima dan menandatangani/)
    await actions(page).getByRole('button', { name: 'Tanda tangani' }).click()
    // the Camat said "Tidak" to this very version, resent unchanged: the review says so, with the reason
    const review = page.getByRole('dialog', { name: 'Tinjau sebelum menandatangani' })
    await expect(review.locator('[data-refused-before]')).toContainText(/Anda menolak versi \d+ ini pada .*; isinya tidak berubah sejak itu/)
    await expect(review.locator('[data-refused-before]')).toContainText(TIDAK_REASON)
    await confirmReview(page, /^Tanda tangani versi \d+$/)
    await expect(page.getByRole('status').filter({ hasText: /telah/ })).toBeVisible()
    await expect(formState(page)).toHaveText('Ditandatangani')
    await page.getByRole('tab', { name: 'Persetujuan' }).click()
    const approvals = page.getByRole('tabpanel', { name: 'Persetujuan' })
    // the first round's paraf was voided by the "Tidak" (the refusal itself stays on record)
    const voided = approvals.getByRole('row', { name: /Dibatalkan/ })
    await expect(voided).toHaveCount(1)
    await expect(voided).toContainText('Paraf')
    await expect(approvals.getByRole('row', { name: /Tanda tangan Ditolak/ })).toContainText(TIDAK_REASON)
    await expect(approvals.getByRole('row', { name: /Tanda tangan Disetujui/ })).toContainText('Camat Bulu')
  })

  let letterNumber = ''
  await test.step('Arsip numbers the letter from the register', async () => {
    await switchUser(page, 'arsip')
    await openTask(page, 5, /memberi nomor/)
    await act(page, 'Beri nomor surat', 'Bernomor', PRINTING)
    await page.getByRole('tab', { name: 'Distribusi' }).click()
    const number = page.locator('[data-letter-number]')
    // the register counts the kecamatan's letters of the calendar year (in its time zone), whoever took the others
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date())
    await expect(number).toHaveText(new RegExp(`^000\\.1\\.5/\\d{3}/Kec\\.Bulu/${today}$`))
    letterNumber = (await number.textContent()) ?? ''
    const register = await apiCall(
      request,
      'get',
      `/api/v1/kecamatan/${own.kecamatanId}/letter-numbers?year=${today}`,
      await authHeaders(request, 'arsip'),
    )
    const entries = register.filter((n: { number: string }) => n.number === letterNumber)
    expect(entries, 'one register entry with this number').toHaveLength(1)
    expect(entries[0].formId).toBe(formId)
    expect(entries[0].number).toBe(`000.1.5/${String(entries[0].seq).padStart(3, '0')}/Kec.Bulu/${today}`)
  })

  await test.step('the numbered letter is issued with a copy per unit, and its QR page verifies it', async () => {
    const documents = page.getByRole('region', { name: 'Surat dan dokumen' })
    await expect(documents.getByText('Surat (asli)')).toBeVisible()
    await expect(documents.locator('[data-issued-document]', { hasText: 'Salinan untuk' }).first()).toBeVisible()
    const verifyUrl = await documents.locator('[data-issued-document]').first()
      .getByRole('link', { name: 'Halaman verifikasi' }).getAttribute('href')
    expect(verifyUrl).toMatch(/\/verify\/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    // the public page needs no login: a fresh context, as a phone scanning the QR code would be
    const stranger = await page.context().browser()!.newPage({ viewport: { width: 360, height: 740 } })
    await stranger.goto(new URL(verifyUrl!).pathname)
    await expect(stranger.getByRole('heading', { name: 'Dokumen terdaftar' })).toBeVisible()
    await expect(stranger.getByRole('main')).toContainText(letterNumber)
    await expect(stranger.getByRole('main')).toContainText('Camat Bulu')
    expect(await stranger.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await stranger.close()
  })

  await test.step('Kasubbag dispatches it and confirms receipt for the own unit', async () => {
    await switchUser(page, 'kasubbag')
    await openTask(page, 5, /menggandakan/)
    await act(page, 'Kirim ke unit kerja', 'Didistribusikan')
    await page.goto('/')
    const letter = incomingLetter(page, YEAR)
    await expect(letter).toHaveCount(1)
    await expect(letter).toContainText(`Untuk Subbag Perencanaan dan Keuangan · Nomor surat ${letterNumber}`)
    await letter.getByRole('button', { name: `Konfirmasi terima untuk Subbag Perencanaan dan Keuangan tahun ${YEAR}` }).click()
    await expect(letter).toContainText('Diterima oleh')
    await expect(letter.getByRole('button', { name: /^Konfirmasi terima/ })).toHaveCount(0)
  })

  await test.step('Kasi Pemerintahan confirms in the browser; the other five heads through the API', async () => {
    await switchUser(page, 'kasi')
    const letter = incomingLetter(page, YEAR)
    await expect(letter).toHaveCount(1)
    await expect(letter).toContainText(`Untuk Seksi Pemerintahan · Nomor surat ${letterNumber}`)
    await expectNoAccessibilityViolations(page)
    await letter.getByRole('button', { name: `Konfirmasi terima untuk Seksi Pemerintahan tahun ${YEAR}` }).click()
    await expect(
      page.getByRole('status').filter({ hasText: `Penerimaan format data kinerja tahun ${YEAR} untuk Seksi Pemerintahan telah dicatat.` }),
    ).toBeVisible()
    await expect(letter).toContainText('Diterima oleh')

    for (const username of OTHER_UNIT_HEADS) {
      const headers = { Authorization: `Bearer ${await apiToken(request, username)}` }
      const dispatches = await (await request.get('/api/v1/dispatches', { headers })).json()
      const waiting = dispatches.filter(
        (d: { state: string; year: number; formId: number }) => d.state === 'SENT' && d.year === YEAR && d.formId === formId,
      )
      expect(waiting, username).toHaveLength(1)
      const receipt = await request.post(`/api/v1/dispatches/${waiting[0].id}/receipts`, { headers })
      expect(receipt.status(), username).toBe(200)
    }
  })

  await test.step('The form is distributed and its history shows the "Tidak"', async () => {
    await openFromCycles(page)
    await expect(formState(page)).toHaveText('Terdistribusi')
    await page.getByRole('tab', { name: 'Distribusi' }).click()
    const distribution = page.getByRole('tabpanel', { name: 'Distribusi' })
    await expect(distribution).toContainText('7 dari 7 unit telah mengonfirmasi penerimaan')
    await expect(distribution).toContainText('Semua unit tujuan telah menerima.')
    for (const unit of ['Subbag Umum dan Kepegawaian', 'Seksi Pelayanan Umum']) {
      await expect(distribution.getByRole('row', { name: new RegExp(unit) })).toContainText('Diterima')
    }
    await page.getByRole('tab', { name: 'Riwayat' }).click()
    const history = page.getByRole('tabpanel', { name: 'Riwayat' })
    const tidak = history.getByRole('listitem').filter({ hasText: 'Tidak menandatangani' })
    await expect(tidak).toContainText(`Alasan: ${TIDAK_REASON}`)
    await expect(tidak).toContainText('Menunggu tanda tangan Camat → Draf')
    await expect(tidak).toContainText(/\d+ \w+ \d{4} pukul \d{2}\.\d{2}/)
    await expectFitsEveryScreen(page, "the form's history")
  })
})
