import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import {
  apiCall,
  authHeaders,
  claimOwnYear,
  confirmReview,
  ensureDistributedForm,
  expectFitsEveryScreen,
  expectNoAccessibilityViolations,
  expectNoHorizontalScroll,
  fillAndSubmitThroughApi,
  PHONE,
  switchUser,
  taskEntry,
} from './support'

/**
 * SOP steps 7-11 for a cycle of Kecamatan Bulu's that this spec makes its own (a year no other run
 * uses, whose form it takes through steps 1-6 by the API). In the browser: the Kasi Pemerintahan fills the
 * unit's data with evidence and submits it, the Sekcam returns it with a note on one indicator, the
 * Kasi sees the note beside that indicator, fixes and resubmits, the Sekcam verifies. The other units
 * submit through the API (one is marked "tidak menyampaikan"); then the Staf makes the recap, enters a
 * unit and corrects a value with a reason, the Kasubbag validates, the Sekcam initials and the Camat
 * signs. Other runs' documents may be anywhere in the database.
 */

let YEAR = 0
/** The spec's form and, once step 8 has made it, its recap. */
let formId = 0
let recapId = 0
const UNIT = 'Seksi Pemerintahan'
const RETURN_REASON = 'Persentase APBDes tidak sesuai dengan jumlah desa yang dilaporkan.'
const NOTE = 'Dari 12 desa, 11 menetapkan APBDes tepat waktu; periksa kembali.'
const CORRECTION_REASON = 'Salah ketik saat entri: berita acara pembinaan mencatat 11 desa.'
/** The units whose data goes through the API: their heads submit, the Sekcam verifies. */
const OTHER_HEADS = ['kasubbag', 'kasubbag.umum', 'kasi.trantib', 'kasi.pmd', 'kasi.pelayanan']
/** This unit never reports; the Sekcam marks it so that the recap can go on. */
const SILENT_UNIT_HEAD = 'kasi.kesos'
const SILENT_UNIT = 'Seksi Kesejahteraan Sosial'

/** A minimal PDF: the API recognises evidence by its content. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')

const indicator = (page: Page, code: string) => page.getByRole('group', { name: new RegExp(`^Indikator ${code.replace('.', '\\.')} `) })
const submissionState = (page: Page) => page.locator('[data-submission-state]')
const recapState = (page: Page) => page.locator('[data-recap-state]')
const actions = (page: Page) => page.getByRole('region', { name: 'Tindakan' })
const DESKTOP = { width: 1280, height: 720 }

async function openFormTab(page: Page, tab: string) {
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Siklus' }).click()
  await page.getByRole('link', { name: `Buka formulir ${YEAR}`, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/formulir/${formId}$`))
  await expect(page.getByRole('heading', { level: 1, name: `Format Data Kinerja Tahun ${YEAR}` })).toBeVisible()
  await page.getByRole('tab', { name: tab }).click()
  return page.getByRole('tabpanel', { name: tab })
}

/** From the inbox, the unit data of the spec's year at step 7 (the title names what is to be done). */
async function openSubmissionTask(page: Page, title: RegExp, submissionId: number) {
  const task = taskEntry(page, YEAR, 7, title)
  await expect(task).toHaveCount(1)
  await expect(task).toContainText(`Data kinerja ${UNIT} tahun ${YEAR}`)
  await expect(task.getByRole('link')).toHaveAttribute('href', `/data/${submissionId}`)
  await task.getByRole('link').click()
  await expect(page).toHaveURL(new RegExp(`/data/${submissionId}$`))
  await expect(page.getByRole('heading', { level: 1, name: `Data Kinerja ${UNIT} Tahun ${YEAR}` })).toBeVisible()
}

async function openRecapTask(page: Page, step: number, title: RegExp) {
  const task = taskEntry(page, YEAR, step)
  await expect(task).toHaveCount(1)
  const link = task.getByRole('link')
  await expect(link).toHaveText(title)
  await expect(task).toContainText(`Rekap data kinerja tahun ${YEAR}`)
  await expect(link).toHaveAttribute('href', `/rekap/${recapId}`)
  await link.click()
  await expect(page).toHaveURL(new RegExp(`/rekap/${recapId}$`))
  await expect(page.getByRole('heading', { level: 1, name: `Rekap Data Kinerja Kecamatan Tahun ${YEAR}` })).toBeVisible()
}

test('SOP steps 7-11: unit data, return and verification, recap, validation, paraf, signature', async ({ page, request }) => {
  test.setTimeout(180_000)
  YEAR = (await claimOwnYear(request)).year
  formId = await ensureDistributedForm(request, YEAR)
  const kasiSubmissions = await apiCall(request, 'get', `/api/v1/forms/${formId}/submissions`, await authHeaders(request, 'kasi'))
  const submissionId = kasiSubmissions.find((s: { unitName: string }) => s.unitName === UNIT)?.id as number
  expect(submissionId, `the submission of ${UNIT}`).toBeTruthy()

  await test.step('Kasi fills the unit data with evidence, sees capaian, and submits it', async () => {
    await switchUser(page, 'kasi')
    await openSubmissionTask(page, /Mengisi dan menyampaikan data kinerja unit/, submissionId)
    await expect(submissionState(page)).toHaveText('Belum mulai')
    await expect(indicator(page, 'S2.1').locator('[data-target]')).toHaveText('100 %')
    await expect(page.getByRole('region', { name: 'Kelengkapan data' })).toContainText('S2.1 — Persentase desa')

    // a count takes no decimals; a capaian of 1.000 % is asked about before it is saved
    await indicator(page, 'S2.3').getByLabel('Realisasi (desa)').fill('12,5')
    await expect(indicator(page, 'S2.3')).toContainText('Indikator ini berupa jumlah: isi dengan bilangan bulat, tanpa desimal.')
    await indicator(page, 'S2.3').getByLabel('Realisasi (desa)').fill('12')
    await indicator(page, 'S2.1').getByLabel('Realisasi (%)').fill('1.000')
    await page.getByRole('button', { name: 'Simpan', exact: true }).click()
    const doubt = page.getByRole('dialog', { name: 'Periksa kembali nilai yang tidak biasa' })
    await expect(doubt).toContainText('S2.1: 1.000 % — capaian 1.000 % dari target 100')
    await doubt.getByRole('button', { name: 'Periksa lagi' }).click()
    await expect(doubt).toBeHidden()
    await indicator(page, 'S2.1').getByLabel('Realisasi (%)').fill('100')
    await indicator(page, 'S2.2').getByLabel('Realisasi (%)').fill('100')
    await indicator(page, 'S2.3').getByLabel('Keterangan (opsional)').fill('Pembinaan di seluruh desa.')
    const evidence = indicator(page, 'S2.1')
    await evidence.getByLabel('Unggah bukti dukung untuk S2.1').setInputFiles({
      name: 'laporan-desa.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    })
    await expect(evidence.locator('[data-attachment]')).toContainText('laporan-desa.pdf')
    await page.getByRole('button', { name: 'Simpan', exact: true }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Data telah disimpan' })).toBeVisible()
    await expect(indicator(page, 'S2.2').locator('[data-capaian]')).toHaveText('100 % (sangat tinggi)')
    await expect(page.getByRole('region', { name: 'Kelengkapan data' })).toContainText('Semua indikator telah diisi')
    await expectFitsEveryScreen(page, "the unit's data, as its head fills it")

    await page.getByRole('region', { name: 'Sampaikan ke Sekcam' }).getByRole('button', { name: 'Sampaikan' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'telah disampaikan' })).toBeVisible()
    await expect(submissionState(page)).toHaveText('Disampaikan')
  })

  await test.step('Sekcam opens it from the grid and returns it with a note on S2.2', async () => {
    await switchUser(page, 'sekcam')
    const grid = await openFormTab(page, 'Data unit')
    await expect(grid.getByRole('row', { name: new RegExp(UNIT) })).toContainText('Disampaikan')
    await expect(grid.getByRole('row', { name: new RegExp(UNIT) })).toContainText('3/3 indikator')
    await expectFitsEveryScreen(page, "the Sekcam's grid of the units' data")
    await grid.getByRole('link', { name: UNIT }).click()
    await expect(page).toHaveURL(new RegExp(`/data/${submissionId}$`))
    await expect(page.getByRole('heading', { level: 1, name: `Data Kinerja ${UNIT} Tahun ${YEAR}` })).toBeVisible()
    const row = page.getByRole('row', { name: /Jumlah desa yang dibina/ })
    await expect(row).toContainText('12 desa')
    await expect(row).toContainText('Lengkap')
    // the PDF evidence opens in a new tab through an object URL
    const popup = page.waitForEvent('popup')
    await page.getByRole('button', { name: 'Buka PDF laporan-desa.pdf' }).click()
    await expect.poll(async () => (await popup).url()).toMatch(/^blob:/)
    await (await popup).close()
    await expectFitsEveryScreen(page, "the unit's data, as the Sekcam reviews it")

    await actions(page).getByRole('button', { name: 'Kembalikan' }).click()
    const dialog = page.getByRole('dialog', { name: 'Kembalikan data ke unit kerja' })
    await expect(dialog.getByLabel('Alasan')).toBeFocused()
    await dialog.getByRole('button', { name: 'Kembalikan', exact: true }).click()
    await expect(dialog).toContainText('Alasan wajib diisi.')
    await dialog.getByLabel('Alasan').fill(RETURN_REASON)
    await dialog.getByRole('button', { name: 'Tambah catatan' }).click()
    await dialog.getByLabel('Catatan 1 untuk').selectOption('S2.2')
    await dialog.getByLabel('Jenis catatan 1').selectOption('INCONSISTENT')
    await dialog.getByLabel('Isi catatan 1').fill(NOTE)
    await expectNoAccessibilityViolations(page)
    await dialog.getByRole('button', { name: 'Kembalikan', exact: true }).click()
    await expect(dialog).toBeHidden()
    await expect(submissionState(page)).toHaveText('Dikembalikan 1 kali')
  })

  await test.step('Kasi sees the note beside S2.2, fixes it and submits again', async () => {
    await switchUser(page, 'kasi')
    await openSubmissionTask(page, /Mengisi dan menyampaikan data kinerja unit/, submissionId)
    await expect(submissionState(page)).toHaveText('Dikembalikan 1 kali')
    await expect(page.locator('[data-last-return]')).toContainText(`Alasan: ${RETURN_REASON}`)
    const note = indicator(page, 'S2.2').getByRole('note', { name: 'Catatan Sekcam untuk indikator S2.2' })
    await expect(note).toContainText('Tidak konsisten')
    await expect(note).toContainText(NOTE)
    await expect(indicator(page, 'S2.1').getByRole('note')).toHaveCount(0)
    // the Indonesian decimal comma: "91,67" is stored as 91.67, never as 9167
    await indicator(page, 'S2.2').getByLabel('Realisasi (%)').fill('91,67')
    await page.getByRole('button', { name: 'Simpan', exact: true }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Data telah disimpan' })).toBeVisible()
    await expect(indicator(page, 'S2.2').locator('[data-capaian]')).toHaveText('91,67 % (sangat tinggi)')
    await expect(indicator(page, 'S2.2').getByLabel('Realisasi (%)')).toHaveValue('91,67')
    const saved = await apiCall(request, 'get', `/api/v1/submissions/${submissionId}`, await authHeaders(request, 'kasi'))
    expect(saved.indicators.find((i: { code: string }) => i.code === 'S2.2').value, 'the value stored').toBe(91.67)
    await page.getByRole('region', { name: 'Sampaikan ke Sekcam' }).getByRole('button', { name: 'Sampaikan' }).click()
    await expect(submissionState(page)).toHaveText('Disampaikan')
  })

  await test.step('Sekcam, on a phone, sees what changed since the first round and verifies', async () => {
    await page.setViewportSize(PHONE)
    await switchUser(page, 'sekcam')
    await openSubmissionTask(page, new RegExp(`Menerima dan memverifikasi.*${UNIT}`), submissionId)
    const changed = page.getByRole('row', { name: /APBDes/ })
    await expect(changed).toContainText('Berubah')
    await expect(changed).toContainText('Sebelumnya: 100 %')
    await expect(page.getByRole('row', { name: /laporan penyelenggaraan/ })).not.toContainText('Berubah')
    const history = page.getByRole('region', { name: 'Riwayat penyampaian' })
    await expect(history).toContainText('Putaran 2')
    await expect(history).toContainText(`Alasan: ${RETURN_REASON}`)
    await expectNoHorizontalScroll(page, 'the review as the Sekcam verifies on a phone')
    await actions(page).getByRole('button', { name: 'Verifikasi' }).click()
    await expect(submissionState(page)).toHaveText('Terverifikasi')
    await page.setViewportSize(DESKTOP)
  })

  await test.step('The other units submit; on a phone the Sekcam verifies them in one action, one having changed meanwhile', async () => {
    const sekcam = await authHeaders(request, 'sekcam')
    const ids: number[] = []
    for (const head of OTHER_HEADS) ids.push(await fillAndSubmitThroughApi(request, head, formId))
    await page.setViewportSize(PHONE)
    const grid = await openFormTab(page, 'Data unit')
    await grid.getByLabel(`Pilih semua yang menunggu verifikasi (${OTHER_HEADS.length})`).check()
    await expectNoHorizontalScroll(page, 'the unit grid with its ticks on a phone')
    // while the Sekcam looks at the list, another session returns one unit's data and it comes in again
    const changed = (await apiCall(request, 'get', `/api/v1/forms/${formId}/submissions`, sekcam)).find(
      (s: { id: number }) => s.id === ids[0],
    ) as { unitName: string }
    await apiCall(request, 'post', `/api/v1/submissions/${ids[0]}/verifications`, sekcam, { decision: 'RETURN', reason: 'Periksa ulang.' })
    await fillAndSubmitThroughApi(request, OTHER_HEADS[0], formId)

    await grid.getByRole('button', { name: `Verifikasi yang dipilih (${OTHER_HEADS.length})` }).click()
    const dialog = page.getByRole('dialog', { name: `Verifikasi ${OTHER_HEADS.length} data unit` })
    await expect(dialog.getByRole('listitem')).toHaveCount(OTHER_HEADS.length)
    await dialog.getByRole('button', { name: `Verifikasi ${OTHER_HEADS.length} data` }).click()
    const report = grid.locator('[data-bulk-report]')
    await expect(report).toContainText(`${OTHER_HEADS.length - 1} data unit telah diverifikasi. 1 tidak diverifikasi dan tidak berubah:`)
    await expect(report.getByRole('listitem')).toHaveCount(1)
    await expect(report.getByRole('listitem')).toContainText(changed.unitName)
    await expect(report.getByRole('listitem')).toContainText('datanya berubah sejak daftar ini dimuat')
    // nothing of the changed one moved: it still waits, in its new round, and is verified once looked at
    const states = await apiCall(request, 'get', `/api/v1/forms/${formId}/submissions`, sekcam)
    for (const s of states as { id: number; state: string; round: number }[]) {
      if (s.id === ids[0]) expect([s.state, s.round]).toEqual(['SUBMITTED', 2])
      else if (ids.includes(s.id)) expect(s.state).toBe('VERIFIED')
    }
    await expectNoHorizontalScroll(page, 'the bulk report on a phone')
    await expectNoAccessibilityViolations(page)
    await page.setViewportSize(DESKTOP)
    await apiCall(request, 'post', `/api/v1/submissions/${ids[0]}/verifications`, sekcam, { decision: 'VERIFY' })
    const submissions = await apiCall(request, 'get', `/api/v1/forms/${formId}/submissions`, await authHeaders(request, SILENT_UNIT_HEAD))
    const silent = submissions.filter((s: { unitName: string }) => s.unitName === SILENT_UNIT)
    expect(silent, `the submission of ${SILENT_UNIT}`).toHaveLength(1)
    await apiCall(request, 'post', `/api/v1/submissions/${silent[0].id}/non-submissions`, sekcam, {
      reason: 'Sampai batas waktu data tidak disampaikan.',
    })
  })

  await test.step('Staf creates the recap, enters the units, corrects a value with a reason and hands it over', async () => {
    await switchUser(page, 'staf')
    const panel = await openFormTab(page, 'Rekap')
    await panel.getByRole('button', { name: 'Buat rekap' }).click()
    await expect(page.getByRole('heading', { level: 1, name: `Rekap Data Kinerja Kecamatan Tahun ${YEAR}` })).toBeVisible()
    await expect(recapState(page)).toHaveText('Draf (pemasukan data)')
    recapId = Number(/\/rekap\/(\d+)/.exec(page.url())![1])
    const staf = await authHeaders(request, 'staf')
    const created = await apiCall(request, 'get', `/api/v1/recaps/${recapId}`, staf)
    expect([created.formId, created.year], 'the recap of the own form').toEqual([formId, YEAR])

    const units = page.getByRole('region', { name: 'Pemasukan data unit kerja' })
    await units.getByRole('button', { name: `Masukkan data ${UNIT}` }).click()
    await expect(page.getByRole('status').filter({ hasText: `Data ${UNIT} telah dimasukkan` })).toBeVisible()
    await expect(units.getByRole('row', { name: new RegExp(UNIT) })).toContainText(/Dimasukkan \(terverifikasi\).*\d+ \w+ \d{4} pukul/)
    await expectNoAccessibilityViolations(page)

    const recap = await apiCall(request, 'get', `/api/v1/recaps/${recapId}`, staf)
    for (const unit of recap.units.filter((u: { status: string }) => u.status === 'NOT_ENTERED')) {
      await apiCall(request, 'post', `/api/v1/recaps/${recapId}/entries`, staf, { unitId: unit.unitId })
    }
    await page.reload()
    const table = page.getByRole('region', { name: 'Rekap data kinerja' })
    const silent = table.getByRole('row', { name: /usulan bantuan sosial/ })
    const silentValue = silent.locator(`[data-unit-value="${SILENT_UNIT}"]`)
    await expect(silentValue).toHaveText(/Tidak menyampaikan/)
    await expect(silentValue).not.toHaveText(/\d/)
    await expect(silent).toContainText('Tidak dihitung: belum diisi')
    await expectFitsEveryScreen(page, 'the recap with every unit entered')

    await table.getByRole('button', { name: `Koreksi S2.3 ${UNIT}` }).click()
    const dialog = page.getByRole('dialog', { name: 'Koreksi nilai S2.3' })
    await expect(dialog).toContainText('Nilai saat ini: 12 desa')
    await dialog.getByLabel('Nilai baru (desa)').fill('11')
    await dialog.getByRole('button', { name: 'Simpan koreksi' }).click()
    await expect(dialog).toContainText('Alasan koreksi wajib diisi.')
    await dialog.getByLabel('Alasan koreksi').fill(CORRECTION_REASON)
    await dialog.getByRole('button', { name: 'Simpan koreksi' }).click()
    await expect(dialog).toBeHidden()
    const corrected = table.getByRole('row', { name: /Jumlah desa yang dibina/ })
    await expect(corrected).toContainText('11 desa')
    await expect(corrected).toContainText('Dikoreksi')

    await actions(page).getByRole('button', { name: 'Serahkan ke Kasubbag untuk divalidasi' }).click()
    await expect(recapState(page)).toHaveText('Menunggu validasi Kasubbag')
  })

  await test.step('Kasubbag validates the version shown', async () => {
    await switchUser(page, 'kasubbag')
    await openRecapTask(page, 9, /Memvalidasi data kinerja/)
    await expect(actions(page)).toContainText(/Versi \d+ menunggu keputusan Anda/)
    await actions(page).getByRole('button', { name: 'Validasi' }).click()
    await confirmReview(page, /^Validasi versi \d+$/)
    await expect(recapState(page)).toHaveText('Menunggu paraf Sekcam')
  })

  await test.step('Sekcam gives paraf on a phone', async () => {
    await page.setViewportSize(PHONE)
    await switchUser(page, 'sekcam')
    await openRecapTask(page, 10, /Memaraf data kinerja/)
    await expectNoHorizontalScroll(page, 'the recap as the Sekcam initials it on a phone')
    await actions(page).getByRole('button', { name: 'Beri paraf' }).click()
    await expectNoHorizontalScroll(page, 'the review before the paraf on a phone')
    await confirmReview(page, /^Beri paraf pada versi \d+$/)
    await expect(recapState(page)).toHaveText('Menunggu tanda tangan Camat')
  })

  await test.step('Camat signs on a phone; the value history keeps the correction and its reason', async () => {
    await switchUser(page, 'camat')
    await openRecapTask(page, 11, /Menandatangani data kinerja/)
    const shown = (await actions(page).locator('.approval-version code').getAttribute('title')) ?? ''
    await actions(page).getByRole('button', { name: 'Tanda tangani' }).click()
    await expectNoHorizontalScroll(page, 'the review before the signature on a phone')
    await confirmReview(page, /^Tanda tangani versi \d+$/)
    // the signature prints the signed recap before it answers
    await expect(recapState(page)).toHaveText('Ditandatangani', { timeout: 30_000 })
    const approvals = page.getByRole('region', { name: 'Validasi, paraf, dan tanda tangan' })
    // the Kasubbag's validation stands in the approvals block beside the paraf and the signature
    await expect(approvals.getByRole('row', { name: /Validasi Disetujui/ })).toContainText('Kepala Subbag')
    await expect(approvals.getByRole('row', { name: /Paraf Disetujui/ })).toContainText('Sekretaris Kecamatan')
    await expect(approvals.getByRole('row', { name: /Tanda tangan Disetujui/ }).locator('code')).toHaveAttribute('title', shown)
    // the signature issued the data kinerja as a PDF with its own verification code
    const issued = page.getByRole('region', { name: 'Dokumen data kinerja' })
    await expect(issued.locator('[data-issued-document]')).toContainText('Data kinerja yang ditandatangani')
    await expect(issued.getByRole('link', { name: 'Halaman verifikasi' })).toHaveAttribute('href', /\/verify\/[0-9A-Z-]{14}$/)

    const table = page.getByRole('region', { name: 'Rekap data kinerja' })
    await table.getByRole('button', { name: 'Riwayat nilai S2.3' }).click()
    const history = table.locator('[id="riwayat-S2.3"]')
    await expect(history).toContainText('Dikoreksi oleh')
    await expect(history).toContainText(`Alasan: ${CORRECTION_REASON}`)
    await expect(history).toContainText('12 desa')
    await expectFitsEveryScreen(page, 'the signed recap')
  })

  await test.step('The signed recap is saved as a spreadsheet, and the cycle as its archive bundle', async () => {
    await page.setViewportSize(DESKTOP)
    const xlsx = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Unduh Excel (XLSX)' }).click()
    expect((await xlsx).suggestedFilename()).toMatch(new RegExp(`^rekap-data-kinerja-${YEAR}-bulu\\.xlsx$`))

    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Siklus' }).click()
    const archive = page.waitForEvent('download')
    await page.getByRole('button', { name: `Unduh arsip ${YEAR} (ZIP)` }).click()
    const saved = await archive
    expect(saved.suggestedFilename()).toBe(`arsip-data-kinerja-${YEAR}-bulu.zip`)
    await expect(page.locator('[data-archive-progress]')).toHaveText(`Arsip telah diunduh: arsip-data-kinerja-${YEAR}-bulu.zip.`)
    const zip = readFileSync((await saved.path())!)
    // a ZIP whose manifest, written last, names the signed recap's PDF
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK')
    expect(zip.includes(Buffer.from('manifest.json'))).toBe(true)
    expect(zip.toString('latin1')).toMatch(/dokumen\/\d\d-rekap-[0-9A-Z]{12}\.pdf/)
  })
})
