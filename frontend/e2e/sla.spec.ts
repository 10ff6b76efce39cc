import { expect, test, type APIRequestContext } from '@playwright/test'
import {
  apiCall,
  authHeaders,
  claimOwnYear,
  expectFitsEveryScreen,
  ownSubmissionId,
  switchUser,
  UNIT_HEADS,
  type OwnYear,
} from './support'

/**
 * The SLA seen by the officials, for a cycle of Kecamatan Bulu's that this spec makes its own: the
 * Staf's letter gives the units a tenggat that has already passed, steps 1-6 go through the API and
 * every unit confirms receipt, so each unit's own work (step 7) is overdue from the start. In the
 * browser the Sekcam opens the cycle's live SOP (flowchart at step 7, the unit "Terlambat") and the
 * dashboard (the unit in "Terlambat"), both checked with axe.
 */

const UNIT = 'Seksi Pemerintahan'
const UNIT_HEAD = 'kasi'
const JAKARTA = 'Asia/Jakarta'

/** "2026-12-01" for an instant, in WIB (the demo kecamatan's zone). */
const dateIn = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: JAKARTA, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at)
/** Midnight WIB of a date, as an instant. */
const midnight = (date: string) => new Date(`${date}T00:00:00+07:00`)

/**
 * The tenggat: yesterday, or, when yesterday was a day off (a weekend, a holiday), the last day before
 * it with office hours. A day off moves a tenggat to the next working day, which could be today and
 * not yet past; the kecamatan's own calendar says which day has office time.
 */
async function pastTenggat(request: APIRequestContext, kecamatanId: number, headers: Record<string, string>): Promise<string> {
  const today = dateIn(new Date())
  for (let back = 1; back <= 14; back++) {
    const day = dateIn(new Date(midnight(today).getTime() - back * 86_400_000))
    const span = await apiCall(
      request,
      'get',
      `/api/v1/kecamatan/${kecamatanId}/calendar/working-time?from=${midnight(day).toISOString()}&to=${midnight(today).toISOString()}`,
      headers,
    )
    if (span.officeMinutes > 0) return day
  }
  throw new Error('no working day in the last two weeks of the calendar')
}

/** Steps 1-6 through the API with the letter's tenggat in the past; every addressed unit confirms receipt. */
async function distributeLate(request: APIRequestContext, own: OwnYear): Promise<{ cycleId: number; formId: number; tenggat: string }> {
  const as = new Map<string, Record<string, string>>()
  const headersOf = async (username: string) => {
    if (!as.has(username)) as.set(username, await authHeaders(request, username))
    return as.get(username)!
  }
  const staf = await headersOf('staf')
  const cycle = await apiCall(request, 'post', '/api/v1/cycles', staf, { kecamatanId: own.kecamatanId, year: own.year })
  const form = await apiCall(request, 'post', `/api/v1/cycles/${cycle.id}/forms`, staf, { source: 'PREVIOUS_YEAR' })
  const path = `/api/v1/forms/${form.id}`
  const tenggat = await pastTenggat(request, own.kecamatanId, staf)

  const draft = await request.get(path, { headers: staf })
  expect(draft.status(), 'the draft').toBe(200)
  const content = (await draft.json()).content
  await apiCall(request, 'put', `${path}/content`, { ...staf, 'If-Match': draft.headers()['etag'] }, {
    ...content,
    letter: { ...content.letter, body: `Mohon setiap unit kerja mengisi format data kinerja tahun ${own.year}.`, deadline: tenggat },
  })
  await apiCall(request, 'post', `${path}/correction-requests`, staf, {})
  await apiCall(request, 'post', `${path}/corrections`, await headersOf('kasubbag'), { decision: 'FORWARD' })
  const approve = async () => ({ decision: 'APPROVE', contentSha256: (await apiCall(request, 'get', path, staf)).contentSha256 })
  await apiCall(request, 'post', `${path}/parafs`, await headersOf('sekcam'), await approve())
  await apiCall(request, 'post', `${path}/signatures`, await headersOf('camat'), await approve())
  await apiCall(request, 'post', `${path}/letter-number`, await headersOf('arsip'), {})
  await apiCall(request, 'post', `${path}/dispatches`, await headersOf('kasubbag'))
  for (const username of UNIT_HEADS) {
    const headers = await headersOf(username)
    const dispatches = await apiCall(request, 'get', '/api/v1/dispatches', headers)
    const waiting = dispatches.filter((d: { state: string; formId: number }) => d.state === 'SENT' && d.formId === form.id)
    expect(waiting.length, `a letter for ${username}`).toBeGreaterThan(0)
    for (const d of waiting) await apiCall(request, 'post', `/api/v1/dispatches/${d.id}/receipts`, headers)
  }
  const distributed = await apiCall(request, 'get', path, staf)
  expect(distributed.state, 'every unit has the form').toBe('DISTRIBUTED')
  return { cycleId: cycle.id, formId: form.id, tenggat }
}

test('SLA: a unit past its tenggat is "Terlambat" on the live SOP and on the dashboard', async ({ page, request }) => {
  test.setTimeout(120_000)
  const own = await claimOwnYear(request)
  const YEAR = own.year
  const { cycleId, formId, tenggat } = await distributeLate(request, own)
  const submissionId = await ownSubmissionId(request, await authHeaders(request, UNIT_HEAD), formId)

  await test.step('the monitoring sheet has the cycle at step 7 and the unit overdue', async () => {
    const sheet = await apiCall(request, 'get', `/api/v1/cycles/${cycleId}/sop-monitoring`, await authHeaders(request, 'sekcam'))
    expect(sheet.currentStep, 'every unit received the form').toBe(7)
    const unit = sheet.units.find((u: { unitName: string }) => u.unitName === UNIT)
    expect(unit?.status, `${UNIT} after a tenggat of ${tenggat}`).toBe('OVERDUE')
  })

  await test.step('Sekcam follows "Lihat alur SOP" from the cycle list', async () => {
    await switchUser(page, 'sekcam')
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Siklus' }).click()
    const row = page.getByRole('row', { name: new RegExp(`Data Kinerja ${YEAR}`) })
    await row.getByRole('link', { name: `Lihat alur SOP ${YEAR}`, exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/siklus/${cycleId}/sop$`))
    await expect(page.getByRole('heading', { level: 1, name: `Alur SOP — Data Kinerja ${YEAR}` })).toBeVisible()
  })

  await test.step('the flowchart is drawn with step 7 as the current position', async () => {
    await expect(page.getByRole('img', { name: /Bagan alir SOP Pengumpulan Data Kinerja, versi \d+/ })).toBeVisible()
    const current = page.locator('g.flow-step--current')
    await expect(current).toHaveCount(1)
    await expect(current).toHaveAttribute('data-step', '7')
    await expect(current).toContainText('Posisi saat ini')
    await expect(page.getByRole('group', { name: /^Langkah 7, .*Posisi saat ini$/ })).toBeVisible()
    const sheet = page.getByRole('region', { name: 'Lembar monitoring SOP per langkah' })
    await expect(sheet.locator('tr[aria-current="step"]')).toHaveAttribute('data-step', '7')
    await expect(sheet.locator('tr[data-step="4"]')).toContainText('Selesai')
  })

  await test.step('the units table flags the unit as "Terlambat"', async () => {
    const units = page.getByRole('region', { name: 'Data unit kerja terhadap tenggat' })
    const row = units.getByRole('row', { name: new RegExp(UNIT) })
    await expect(row).toHaveCount(1)
    await expect(row.locator('.sla-badge')).toHaveText('Terlambat')
    await expect(row).toContainText('Lewat tenggat')
    await expect(page.getByRole('button', { name: 'Unduh XLSX' })).toBeEnabled()
    await expect(page.getByRole('button', { name: 'Unduh CSV' })).toBeEnabled()
    await expectFitsEveryScreen(page, "the cycle's live SOP")
  })

  await test.step('Sekcam opens "Dasbor" and finds the unit under "Terlambat"', async () => {
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Dasbor' }).click()
    await expect(page).toHaveURL(/\/dasbor$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Dasbor Kinerja SOP' })).toBeVisible()
    const late = page.getByRole('region', { name: /^Terlambat \d+$/ })
    const entry = late.getByRole('listitem').filter({ hasText: `${UNIT} · tahun ${YEAR} ·` })
    await expect(entry).toHaveCount(1)
    await expect(entry.getByRole('link', { name: /^Langkah 7 — / })).toHaveAttribute('href', `/data/${submissionId}`)
    // the charts are drawn (echarts' SVG), each named for screen readers
    const stepTimes = page.getByRole('img', { name: /^Waktu kerja rata-rata per langkah/ })
    await expect(stepTimes).toBeVisible()
    await expect(stepTimes.locator('svg').first()).toBeVisible()
    await expectFitsEveryScreen(page, 'the dashboard with late work')
  })
})
