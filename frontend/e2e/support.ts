import { readFileSync } from 'node:fs'
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

/** Every demo user has this password (see the backend's demo data). */
export const DEMO_PASSWORD = 'kinerja-demo'

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Nama pengguna atau NIP', { exact: true }).fill(username)
  await page.getByLabel('Kata sandi', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Masuk', exact: true }).click()
}

/**
 * Fails with the list of WCAG 2 A/AA violations axe-core finds on the current page; `rules` runs only
 * those (e.g. the ones a narrower screen can change).
 */
export async function expectNoAccessibilityViolations(page: Page, rules?: string[]): Promise<void> {
  const axe = new AxeBuilder({ page })
  const results = await (rules ? axe.withRules(rules) : axe.withTags(['wcag2a', 'wcag2aa'])).analyze()
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  expect(summary).toEqual([])
}

/** The phone every page must fit: 360 × 740 CSS pixels. */
export const PHONE = { width: 360, height: 740 }

/** What a narrower screen can break that the desktop check does not see: a table that scrolls only there. */
const PHONE_RULES = ['scrollable-region-focusable']

/**
 * Checks the page as it is now, at the desktop size and on a phone: axe finds no WCAG 2 A/AA
 * violation at the desktop size, nor on the phone among the rules the layout can change (a table that
 * scrolls only there must take the focus; the full set again would double the suite's time), and at
 * 360 px the page itself does not scroll sideways (`scrollWidth`), naming the elements that stick out
 * when it does. Restores the viewport it found.
 */
export async function expectFitsEveryScreen(page: Page, what: string): Promise<void> {
  const before = page.viewportSize() ?? { width: 1280, height: 720 }
  await expectNoAccessibilityViolations(page)
  await page.setViewportSize(PHONE)
  try {
    await expectNoHorizontalScroll(page, what)
    await expectNoAccessibilityViolations(page, PHONE_RULES)
  } finally {
    await page.setViewportSize(before)
  }
}

/** At the current viewport, the document is no wider than the screen. */
export async function expectNoHorizontalScroll(page: Page, what: string): Promise<void> {
  const measure = () =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth
      const scrollsInside = (el: HTMLElement) => {
        for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
          if (getComputedStyle(up).overflowX !== 'visible') return true
        }
        return false
      }
      const wide = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !scrollsInside(el) && !el.closest('.visually-hidden, .skip-link'))
        .slice(0, 8)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(el.getBoundingClientRect().right)} px)`)
      return { scrollWidth: document.documentElement.scrollWidth, width, wide }
    })
  await expect
    .poll(async () => {
      const measured = await measure()
      return measured.scrollWidth <= PHONE.width ? 'fits' : `${what}: ${JSON.stringify(measured)}`
    })
    .toBe('fits')
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

/** Authorization headers of a demo user, for steps done through the API. */
export async function authHeaders(request: APIRequestContext, username: string): Promise<Record<string, string>> {
  return { Authorization: `Bearer ${await apiToken(request, username)}` }
}

/** Heads of Kecamatan Bulu's seven units: they confirm receipt and submit their unit's data. */
export const UNIT_HEADS = ['kasubbag', 'kasubbag.umum', 'kasi', 'kasi.trantib', 'kasi.pmd', 'kasi.kesos', 'kasi.pelayanan']

async function ok(response: import('@playwright/test').APIResponse, what: string): Promise<any> {
  expect(response.status(), `${what}: ${await response.text()}`).toBeLessThan(300)
  const text = await response.text()
  return text ? JSON.parse(text) : undefined
}

/**
 * "Last year's format" every spec imports into the cycle before its own year (a copy of the demo's
 * 2025 CSV, addressed to Kecamatan Bulu's seven units).
 */
export const LAST_YEAR_CSV = readFileSync(new URL('./data/last-year-form.csv', import.meta.url), 'utf8')

/**
 * The years a spec may take, in pairs: an odd "last year" (2027-2097) and the even year after it
 * (2028-2098), the spec's own. A spec owns a pair once it has created the odd year's cycle, so no
 * other run (earlier, later or in parallel) ever creates, or clones into, the even year.
 */
const FIRST_PREVIOUS_YEAR = 2027
const YEAR_PAIRS = 36

/** A spec's own cycle year in the demo Kecamatan Bulu, whose previous year holds an imported form. */
export interface OwnYear {
  /** The spec's year: its cycle does not exist yet. */
  year: number
  kecamatanId: number
  /** The cycle of `year - 1` and its imported form, which step 1 clones. */
  previousCycleId: number
  previousFormId: number
}

/**
 * Claims a pair of years no other run uses: creates the cycle of the odd year (starting at a pair
 * picked from the time and a random number, trying the next pair while the API answers 409) and
 * imports last year's format into it. The even year after it is the caller's.
 */
export async function claimOwnYear(request: APIRequestContext): Promise<OwnYear> {
  const staf = await authHeaders(request, 'staf')
  const me = await ok(await request.get('/api/v1/me', { headers: staf }), 'me')
  const kecamatanId = me.kecamatan.id as number
  const start = (Math.floor(Date.now() / 1000) + Math.floor(Math.random() * YEAR_PAIRS)) % YEAR_PAIRS
  for (let i = 0; i < YEAR_PAIRS; i++) {
    const previousYear = FIRST_PREVIOUS_YEAR + 2 * ((start + i) % YEAR_PAIRS)
    const response = await request.post('/api/v1/cycles', { headers: staf, data: { kecamatanId, year: previousYear } })
    if (response.status() === 409) continue
    const previous = await ok(response, `cycle ${previousYear}`)
    const imported = await ok(
      await request.post(`/api/v1/cycles/${previous.id}/forms/import`, {
        headers: { ...staf, 'Content-Type': 'text/csv' },
        data: LAST_YEAR_CSV,
      }),
      `import ${previousYear}`,
    )
    expect(imported.state, `the form of ${previousYear}`).toBe('IMPORTED')
    const year = previousYear + 1
    const cycles = await ok(await request.get(`/api/v1/cycles?kecamatanId=${kecamatanId}`, { headers: staf }), 'cycles')
    expect(cycles.map((c: { year: number }) => c.year), `nobody else uses ${year}`).not.toContain(year)
    return { year, kecamatanId, previousCycleId: previous.id, previousFormId: imported.id }
  }
  throw new Error(
    `Every pair of years ${FIRST_PREVIOUS_YEAR}-${FIRST_PREVIOUS_YEAR + 2 * YEAR_PAIRS - 1} is taken in Kecamatan Bulu: ` +
      'run the suite against a fresh database.',
  )
}

/**
 * The entry of the inbox ("Tugas Anda") for the task at `step` on the spec's own year: other runs'
 * tasks wait there too, and each entry's text names "tahun <year>".
 */
export function taskEntry(page: Page, year: number, step: number, title?: RegExp): Locator {
  const link = page.getByRole('link', { name: new RegExp(`^Langkah ${step} — ${title ? title.source : ''}`) })
  return page
    .getByRole('region', { name: 'Tugas Anda' })
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`\\btahun ${year} · `) })
    .filter({ has: link })
}

/** The letter in "Surat masuk" that was sent to the user's unit for the spec's own year. */
export function incomingLetter(page: Page, year: number): Locator {
  return page
    .getByRole('region', { name: 'Surat masuk' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: `Format data kinerja dan surat pemberitahuan tahun ${year}`, exact: true }) })
}

/**
 * Makes sure the demo kecamatan's form of `year` (a year from claimOwnYear) has been distributed and
 * every unit has confirmed receipt, doing SOP steps 1-6 through the API: creates the cycle, clones
 * last year's form and walks it to distribution. Returns the form's id.
 */
export async function ensureDistributedForm(request: APIRequestContext, year: number): Promise<number> {
  const staf = await authHeaders(request, 'staf')
  const me = await ok(await request.get('/api/v1/me', { headers: staf }), 'me')
  const kecamatanId = me.kecamatan.id as number
  const cycles = await ok(await request.get(`/api/v1/cycles?kecamatanId=${kecamatanId}`, { headers: staf }), 'cycles')
  let cycle = cycles.find((c: { year: number }) => c.year === year)
  if (!cycle) cycle = await ok(await request.post('/api/v1/cycles', { headers: staf, data: { kecamatanId, year } }), 'cycle')
  let formId: number | undefined = cycle.formId
  if (!formId) {
    const created = await ok(
      await request.post(`/api/v1/cycles/${cycle.id}/forms`, { headers: staf, data: { source: 'PREVIOUS_YEAR' } }),
      'form',
    )
    formId = created.id as number
  }
  const as = new Map<string, Record<string, string>>([['staf', staf]])
  const headersOf = async (username: string) => {
    if (!as.has(username)) as.set(username, await authHeaders(request, username))
    return as.get(username)!
  }
  for (let guard = 0; guard < 10; guard++) {
    const response = await request.get(`/api/v1/forms/${formId}`, { headers: staf })
    const form = await ok(response, 'form')
    const path = `/api/v1/forms/${formId}`
    const approve = { decision: 'APPROVE', contentSha256: form.contentSha256 }
    switch (form.state) {
      case 'DRAFT': {
        const letter = { ...form.content.letter, body: `Mohon setiap unit kerja mengisi format data kinerja tahun ${year}.`, deadline: `${year + 1}-01-15` }
        await ok(
          await request.put(`${path}/content`, {
            headers: { ...staf, 'If-Match': response.headers()['etag'] },
            data: { ...form.content, letter },
          }),
          'content',
        )
        await ok(await request.post(`${path}/correction-requests`, { headers: staf, data: {} }), 'correction request')
        break
      }
      case 'IN_CORRECTION':
        await ok(await request.post(`${path}/corrections`, { headers: await headersOf('kasubbag'), data: { decision: 'FORWARD' } }), 'forward')
        break
      case 'AWAITING_PARAF':
        await ok(await request.post(`${path}/parafs`, { headers: await headersOf('sekcam'), data: approve }), 'paraf')
        break
      case 'AWAITING_SIGNATURE':
        await ok(await request.post(`${path}/signatures`, { headers: await headersOf('camat'), data: approve }), 'signature')
        break
      case 'SIGNED':
        await ok(await request.post(`${path}/letter-number`, { headers: await headersOf('arsip'), data: {} }), 'number')
        break
      case 'NUMBERED':
        await ok(await request.post(`${path}/dispatches`, { headers: await headersOf('kasubbag') }), 'dispatch')
        break
      default:
        guard = 10
    }
  }
  for (const username of UNIT_HEADS) {
    const headers = await headersOf(username)
    const dispatches = await ok(await request.get('/api/v1/dispatches', { headers }), 'dispatches')
    for (const dispatch of dispatches.filter((d: { state: string; formId: number }) => d.state === 'SENT' && d.formId === formId)) {
      await ok(await request.post(`/api/v1/dispatches/${dispatch.id}/receipts`, { headers }), `receipt ${username}`)
    }
  }
  return formId
}

/** The user's own unit's submission of the form (its id), from the user's task inbox. */
export async function ownSubmissionId(request: APIRequestContext, headers: Record<string, string>, formId: number): Promise<number> {
  const tasks = await ok(await request.get('/api/v1/tasks', { headers }), 'tasks')
  const task = tasks.find((t: { kind: string; formId: number }) => t.kind === 'SUBMISSION' && t.formId === formId)
  expect(task, 'a submission task').toBeTruthy()
  return task.submissionId as number
}

/** A unit head fills every indicator at its target (text: "Tercapai") and submits, through the API. */
export async function fillAndSubmitThroughApi(request: APIRequestContext, username: string, formId: number): Promise<number> {
  const headers = await authHeaders(request, username)
  const id = await ownSubmissionId(request, headers, formId)
  const response = await request.get(`/api/v1/submissions/${id}`, { headers })
  const submission = await ok(response, 'submission')
  const values = submission.indicators.map((i: { code: string; dataType: string; target?: number }) =>
    i.dataType === 'text' ? { indicatorCode: i.code, text: 'Tercapai' } : { indicatorCode: i.code, value: i.target ?? 1 },
  )
  await ok(
    await request.put(`/api/v1/submissions/${id}`, {
      headers: { ...headers, 'If-Match': response.headers()['etag'] },
      data: { values },
    }),
    `save ${username}`,
  )
  await ok(await request.post(`/api/v1/submissions/${id}/submittals`, { headers }), `submit ${username}`)
  return id
}

/** Calls the API as `headers` and expects success; resolves to the JSON body, if any. */
export async function apiCall(
  request: APIRequestContext,
  method: 'get' | 'post' | 'put',
  url: string,
  headers: Record<string, string>,
  data?: unknown,
): Promise<any> {
  return ok(await request[method](url, { headers, ...(data === undefined ? {} : { data }) }), `${method.toUpperCase()} ${url}`)
}

/**
 * The second step of a validation, paraf or signature: the review opened by the action's button. Checks
 * that it keeps the hash under "Rincian teknis", takes the focus to its confirmation and passes axe,
 * then confirms.
 */
export async function confirmReview(page: Page, confirm: string | RegExp): Promise<void> {
  const review = page.getByRole('dialog', { name: /^Tinjau sebelum/ })
  await expect(review).toBeVisible()
  await expect(review.getByText('Riwayat versi ini')).toBeVisible()
  await expect(review.locator('details code')).toHaveText(/^[0-9a-f]{64}$/)
  await expect(review.getByRole('button', { name: confirm })).toBeFocused()
  await expectNoAccessibilityViolations(page)
  await review.getByRole('button', { name: confirm }).click()
  await expect(review).toBeHidden()
}
