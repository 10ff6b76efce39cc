import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen, within } from '@testing-library/vue'
import axe from 'axe-core'
import { bindTokenSource } from '../api/client'
import CycleSopPage from './CycleSopPage.vue'
import { fakeApi, json, problem } from '../testing/fakeApi'
import { renderPage as renderAt } from '../testing/renderPage'
import { demoCycle, demoSheet, demoSopView } from '../testing/demoMonitoring'

const renderPage = () =>
  renderAt(CycleSopPage, { path: '/siklus/:cycleId(\\d+)/sop', name: 'cycle-sop', component: CycleSopPage }, '/siklus/7/sop')

const routes = (over: Record<string, () => Response> = {}) => ({
  'GET /api/v1/cycles/7': () => json(demoCycle),
  'GET /api/v1/sop/versions/3': () => json(demoSopView),
  'GET /api/v1/cycles/7/sop-monitoring': () => json(demoSheet),
  ...over,
})

describe('CycleSopPage', () => {
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
    bindTokenSource(null)
  })

  it("draws the cycle's SOP version with each step's status and the current step", async () => {
    const api = fakeApi(routes())
    await renderPage()

    const chart = await screen.findByRole('img', { name: /Bagan alir SOP Pengumpulan Data Kinerja, versi 1/ })
    expect(chart.textContent).toContain('Posisi saat ini: langkah 7')
    expect(api.callsTo('GET /api/v1/sop/versions/3')).toHaveLength(1)
    const current = document.querySelector('g.flow-step--current')
    expect(current?.getAttribute('data-step')).toBe('7')
    expect(current?.getAttribute('aria-label')).toContain('Terlambat. Posisi saat ini')
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Alur SOP — Data Kinerja 2026')
  })

  it('lists the monitoring sheet: mutu baku, real time, status, rounds and refusal reasons', async () => {
    fakeApi(routes())
    await renderPage()

    const sheet = await screen.findByRole('region', { name: 'Lembar monitoring SOP per langkah' })
    const headers = within(sheet).getAllByRole('columnheader').map((h) => h.textContent)
    expect(headers).toEqual(['No', 'Uraian prosedur', 'Pelaksana', 'Mutu baku', 'Waktu nyata', 'Status', 'Putaran', 'Catatan'])
    const four = sheet.querySelector('tr[data-step="4"]')!
    expect(four.textContent).toContain('Selesai terlambat')
    expect(four.textContent).toContain('Drs. Hadi (Camat): Tenggat terlalu dekat.')
    expect(four.querySelectorAll('td')[5].textContent).toBe('2')
    expect(sheet.querySelector('tr[data-step="1"]')!.textContent).toContain('1 jam 5 menit')
    const seven = sheet.querySelector('tr[data-step="7"]')!
    expect(seven.getAttribute('aria-current')).toBe('step')
    expect(seven.textContent).toContain('Terlambat · tenggat')
  })

  it('flags an overdue unit as "Terlambat" with no time left, and passes axe', async () => {
    fakeApi(routes())
    await renderPage()

    const units = await screen.findByRole('region', { name: 'Data unit kerja terhadap tenggat' })
    expect(units.getAttribute('tabindex')).toBe('0')
    const late = within(units).getByRole('row', { name: /Seksi Pemerintahan/ })
    expect(within(late).getByText('Terlambat')).toBeTruthy()
    expect(late.textContent).toContain('Lewat tenggat')
    expect(late.textContent).toContain('Draf')
    expect(within(units).getByRole('row', { name: /Seksi Trantib/ }).textContent).toContain('5 hari kerja lagi')

    const results = await axe.run(document.body, { runOnly: ['wcag2a', 'wcag2aa'] })
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([])
  })

  it('outlines no step once the cycle is finished', async () => {
    fakeApi(routes({ 'GET /api/v1/cycles/7/sop-monitoring': () => json({ ...demoSheet, status: 'FINISHED', currentStep: 11 }) }))
    await renderPage()
    const chart = await screen.findByRole('img', { name: /Bagan alir SOP/ })
    expect(chart.textContent).toContain('Tidak ada langkah yang sedang berjalan.')
    expect(document.querySelector('g.flow-step--current')).toBeNull()
  })

  it('downloads the sheet as XLSX or CSV with the token, under the name the server gives', async () => {
    const api = fakeApi(routes())
    bindTokenSource({ accessToken: () => 'access-1', refreshAfterUnauthorized: async () => false })
    const file = new Response('a;b', {
      status: 200,
      headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="monitoring-sop-2026-bulu.csv"' },
    })
    const created = vi.fn((blob: Blob) => (blob ? 'blob:sheet' : ''))
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() }))
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    await renderPage()
    await screen.findByRole('region', { name: 'Lembar monitoring SOP per langkah' })
    api.fetch.mockImplementationOnce(async (request: Request) => {
      api.calls.push({ method: request.method, path: new URL(request.url).pathname + new URL(request.url).search, authorization: request.headers.get('Authorization'), ifMatch: null, body: '' })
      return file
    })

    await fireEvent.click(screen.getByRole('button', { name: 'Unduh CSV' }))
    await vi.waitFor(() => expect(click).toHaveBeenCalled())
    const download = api.calls[api.calls.length - 1]
    expect(download.path).toBe('/api/v1/cycles/7/sop-monitoring?format=csv')
    expect(download.authorization).toBe('Bearer access-1')
    expect(created).toHaveBeenCalledTimes(1)
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('monitoring-sop-2026-bulu.csv')
    expect((await screen.findByText(/telah diunduh/)).textContent).toBe('Berkas monitoring-sop-2026-bulu.csv telah diunduh.')
    screen.getByRole('button', { name: 'Unduh XLSX' })
  })

  it('says why when the sheet may not be read', async () => {
    fakeApi(routes({ 'GET /api/v1/cycles/7/sop-monitoring': () => problem('forbidden', 403) }))
    await renderPage()
    expect((await screen.findByRole('alert')).textContent).toBeTruthy()
    expect(screen.queryByRole('img', { name: /Bagan alir/ })).toBeNull()
  })
})
