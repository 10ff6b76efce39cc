import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/vue'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import CyclesPage from './CyclesPage.vue'
import { useSessionStore } from '../stores/session'
import { demoMe, fakeApi, json } from '../testing/fakeApi'
import { demoForm, demoKecamatan } from '../testing/demoForm'
import type { Schemas } from '../api/client'

const cycle2025: Schemas['CycleView'] = {
  id: 1,
  kecamatanId: 1,
  year: 2025,
  title: 'Data Kinerja 2025',
  formId: 1,
  status: 'IMPORTED',
  step: 0,
  stepTitle: 'Di luar alur SOP (format tahun lalu yang diimpor)',
  createdAt: '2026-11-26T02:00:00Z',
  sopVersionId: 1,
  verbs: ['form.read', 'form.create'],
}
const cycle2026: Schemas['CycleView'] = { ...cycle2025, id: 2, year: 2026, title: 'Data Kinerja 2026', formId: undefined, status: 'NOT_STARTED', stepTitle: 'Di luar alur SOP (format tahun lalu yang diimpor)' }

async function renderPage() {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().me = demoMe
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/siklus', name: 'cycles', component: CyclesPage },
      { path: '/formulir/:id', name: 'form', component: { template: '<p>formulir</p>' } },
      { path: '/siklus/:cycleId/sop', name: 'cycle-sop', component: { template: '<p>alur</p>' } },
    ],
  })
  await router.push('/siklus')
  await router.isReady()
  render(CyclesPage, { global: { plugins: [pinia, router] } })
  return router
}

describe('CyclesPage', () => {
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('lists the cycles with their form state, and only readers see no way to create one', async () => {
    fakeApi({
      'GET /api/v1/kecamatan/1': () => json(demoKecamatan),
      'GET /api/v1/cycles': () => json([{ ...cycle2025, verbs: ['form.read'] }]),
    })
    await renderPage()

    const row = await screen.findByRole('row', { name: /Data Kinerja 2025/ })
    expect(row.textContent).toContain('Diimpor (tidak ditandatangani di sistem)')
    expect(within(row).getByRole('link', { name: 'Buka formulir 2025' }).getAttribute('href')).toBe('/formulir/1')
    expect(screen.queryByRole('button', { name: 'Buat siklus' })).toBeNull()
  })

  it('creates a cycle and clones last year\'s form into it, then opens the form', async () => {
    const api = fakeApi({
      'GET /api/v1/kecamatan/1': () => json({ ...demoKecamatan, verbs: ['form.read', 'form.create'] }),
      'GET /api/v1/cycles': [() => json([cycle2025]), () => json([cycle2026, cycle2025])],
      'POST /api/v1/cycles': () => json(cycle2026, 201),
      'POST /api/v1/cycles/2/forms': () => json(demoForm({ id: 5, state: 'DRAFT' }), 201),
    })
    const router = await renderPage()

    const year = await screen.findByLabelText('Tahun')
    await vi.waitFor(() => expect((year as HTMLInputElement).value).toBe('2026'))
    await fireEvent.click(screen.getByRole('button', { name: 'Buat siklus' }))
    await vi.waitFor(() => expect(api.callsTo('POST /api/v1/cycles')).toHaveLength(1))
    expect(JSON.parse(api.callsTo('POST /api/v1/cycles')[0].body)).toEqual({ kecamatanId: 1, year: 2026 })

    const row = await screen.findByRole('row', { name: /Data Kinerja 2026/ })
    expect(row.textContent).toContain('Belum ada formulir')
    // the field keeps the year just made: it does not jump to the next one under the message
    expect((year as HTMLInputElement).value).toBe('2026')
    within(row).getByRole('button', { name: /^Mulai kosong/ })
    const chooser = within(row).getByLabelText('Berkas CSV atau XLSX format tahun lalu')
    // an Indonesian "Pilih berkas" stands over the browser's own (English) chooser
    expect(chooser.classList.contains('file-picker__input')).toBe(true)
    expect(chooser.parentElement!.textContent).toContain('Pilih berkas')
    await fireEvent.click(within(row).getByRole('button', { name: /^Salin dari tahun lalu/ }))

    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/formulir/5'))
    expect(JSON.parse(api.callsTo('POST /api/v1/cycles/2/forms')[0].body)).toEqual({ source: 'PREVIOUS_YEAR' })
  })

  it('sends a retry after a lost answer with the same Idempotency-Key, so the cycle is made once', async () => {
    const api = fakeApi({
      'GET /api/v1/kecamatan/1': () => json({ ...demoKecamatan, verbs: ['form.read', 'form.create'] }),
      'GET /api/v1/cycles': [() => json([cycle2025]), () => json([cycle2026, cycle2025])],
      'POST /api/v1/cycles': [
        () => {
          throw new TypeError('Failed to fetch')
        },
        () => json(cycle2026, 201),
      ],
    })
    await renderPage()
    const year = await screen.findByLabelText('Tahun')
    await vi.waitFor(() => expect((year as HTMLInputElement).value).toBe('2026'))
    await fireEvent.click(screen.getByRole('button', { name: 'Buat siklus' }))
    await vi.waitFor(() => expect(api.callsTo('POST /api/v1/cycles')).toHaveLength(1))
    await screen.findByRole('alert')
    await fireEvent.click(screen.getByRole('button', { name: 'Buat siklus' }))
    await screen.findByRole('row', { name: /Data Kinerja 2026/ })

    const [lost, retry] = api.callsTo('POST /api/v1/cycles')
    expect(lost.idempotencyKey).toBeTruthy()
    expect(retry.idempotencyKey).toBe(lost.idempotencyKey)
  })

  it('keeps the year the official typed: a list answering late and the new cycle leave it as typed', async () => {
    const cycle2030: Schemas['CycleView'] = { ...cycle2026, id: 3, year: 2030, title: 'Data Kinerja 2030' }
    let answer!: () => void
    const late = new Promise<void>((resolve) => (answer = resolve))
    const api = fakeApi({
      'GET /api/v1/kecamatan/1': () => json({ ...demoKecamatan, verbs: ['form.read', 'form.create'] }),
      'GET /api/v1/cycles': [async () => (await late, json([cycle2025])), () => json([cycle2030, cycle2025])],
      'POST /api/v1/cycles': () => json(cycle2030, 201),
    })
    await renderPage()

    const year = (await screen.findByLabelText('Tahun')) as HTMLInputElement
    await vi.waitFor(() => expect(api.callsTo('GET /api/v1/cycles')).toHaveLength(1))
    await fireEvent.update(year, '2030')
    answer()
    await screen.findByRole('row', { name: /Data Kinerja 2025/ })
    expect(year.value).toBe('2030')

    await fireEvent.click(screen.getByRole('button', { name: 'Buat siklus' }))
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toContain('Siklus "Data Kinerja 2030" telah dibuat.'))
    expect(JSON.parse(api.callsTo('POST /api/v1/cycles')[0].body)).toEqual({ kecamatanId: 1, year: 2030 })
    await screen.findByRole('row', { name: /Data Kinerja 2030/ })
    expect(year.value).toBe('2030')
  })

  it('imports last year\'s format as text/csv and lists the problems of a bad file by line', async () => {
    const api = fakeApi({
      'GET /api/v1/kecamatan/1': () => json({ ...demoKecamatan, verbs: ['form.read', 'form.create'] }),
      'GET /api/v1/cycles': () => json([cycle2026]),
      'POST /api/v1/cycles/2/forms/import': () =>
        new Response(
          JSON.stringify({
            type: 'urn:alur-kinerja:problem:validation-failed',
            status: 400,
            errors: [
              { field: 'line 3', code: 'IMPORT_MISSING_COLUMN', params: { column: 'target' }, message: 'misses column target' },
              { field: 'line 4', code: 'TOO_LONG', params: { max: '500', column: 'indicator' }, message: 'too long' },
            ],
          }),
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    })
    await renderPage()

    const input = (await screen.findByLabelText('Berkas CSV atau XLSX format tahun lalu')) as HTMLInputElement
    const file = new File(['sasaran_code,sasaran\nS1,Pelayanan\n'], 'format-2025.csv', { type: 'text/csv' })
    await fireEvent.update(input, '')
    Object.defineProperty(input, 'files', { value: [file] })
    await fireEvent.click(screen.getByRole('button', { name: /^Impor format tahun lalu/ }))

    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Berkas tidak dapat diimpor'))
    expect(screen.getByText('Baris 3: Kolom target tidak ada.')).toBeTruthy()
    expect(screen.getByText('Baris 4, kolom indicator: Paling banyak 500 karakter.')).toBeTruthy()
    const request = api.fetch.mock.calls.map(([r]) => r).find((r) => r.url.endsWith('/forms/import'))!
    expect(request.headers.get('Content-Type')).toBe('text/csv')
    expect(api.callsTo('POST /api/v1/cycles/2/forms/import')[0].body).toBe('sasaran_code,sasaran\nS1,Pelayanan\n')
  })

  it('sends an XLSX workbook as bytes with its own content type', async () => {
    const api = fakeApi({
      'GET /api/v1/kecamatan/1': () => json({ ...demoKecamatan, verbs: ['form.read', 'form.create'] }),
      'GET /api/v1/cycles': () => json([cycle2026]),
      'POST /api/v1/cycles/2/forms/import': () => json(demoForm({ id: 7, state: 'IMPORTED' }), 201),
    })
    const router = await renderPage()

    const input = (await screen.findByLabelText('Berkas CSV atau XLSX format tahun lalu')) as HTMLInputElement
    const file = new File([new Uint8Array([0x50, 0x4b, 3, 4])], 'format-2025.xlsx')
    Object.defineProperty(input, 'files', { value: [file] })
    await fireEvent.click(screen.getByRole('button', { name: /^Impor format tahun lalu/ }))

    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/formulir/7'))
    const request = api.fetch.mock.calls.map(([r]) => r).find((r) => r.url.endsWith('/forms/import'))!
    expect(request.headers.get('Content-Type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(new Uint8Array(await request.clone().arrayBuffer())).toEqual(new Uint8Array([0x50, 0x4b, 3, 4]))
  })

  it('links to the live SOP of cycles in the SOP only for officials holding sla.read', async () => {
    const running: Schemas['CycleView'] = { ...cycle2025, id: 3, year: 2027, title: 'Data Kinerja 2027', formId: 9, status: 'IN_PROGRESS', step: 7, stepTitle: 'Mengisi data', verbs: ['form.read', 'sla.read'] }
    const unwatched: Schemas['CycleView'] = { ...running, id: 4, year: 2028, title: 'Data Kinerja 2028', verbs: ['form.read'] }
    fakeApi({
      'GET /api/v1/kecamatan/1': () => json(demoKecamatan),
      'GET /api/v1/cycles': () => json([unwatched, running, { ...cycle2025, verbs: ['form.read', 'sla.read'] }]),
    })
    await renderPage()

    const row = await screen.findByRole('row', { name: /Data Kinerja 2027/ })
    const link = within(row).getByRole('link', { name: 'Lihat alur SOP 2027' })
    expect(link.getAttribute('href')).toBe('/siklus/3/sop')
    expect(link.textContent?.trim().startsWith('Lihat alur SOP')).toBe(true)
    expect(within(screen.getByRole('row', { name: /Data Kinerja 2028/ })).queryByRole('link', { name: /Lihat alur SOP/ })).toBeNull()
    // an imported year is outside the SOP: nothing to follow
    expect(within(screen.getByRole('row', { name: /Data Kinerja 2025/ })).queryByRole('link', { name: /Lihat alur SOP/ })).toBeNull()
  })
})
