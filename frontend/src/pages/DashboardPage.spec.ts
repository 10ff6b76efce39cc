import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen, within } from '@testing-library/vue'
import axe from 'axe-core'
import DashboardPage from './DashboardPage.vue'
import { fakeApi, json } from '../testing/fakeApi'
import { renderPage as renderAt } from '../testing/renderPage'
import { demoBoard } from '../testing/demoMonitoring'

// jsdom cannot lay out echarts: the chart is a stub that shows how many series it was given
vi.mock('vue-echarts', () => ({
  default: {
    name: 'VChart',
    props: ['option', 'autoresize'],
    template: '<div data-vchart :data-series="(option.series || []).length" />',
  },
}))

const renderPage = () =>
  renderAt(DashboardPage, { path: '/dasbor', name: 'dashboard', component: DashboardPage }, '/dasbor').then(async (router) => {
    router.addRoute({ path: '/siklus/:cycleId(\\d+)/sop', name: 'cycle-sop', component: { template: '<p />' } })
    router.addRoute({ path: '/data/:submissionId', name: 'submission', component: { template: '<p />' } })
    await router.replace('/dasbor')
    return router
  })

const dashboard = (...kecamatan: ReturnType<typeof demoBoard>[]) => ({ generatedAt: '2026-12-02T02:00:00Z', kecamatan })

describe('DashboardPage', () => {
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('lists late and nearly late work with links to where it is done', async () => {
    fakeApi({ 'GET /api/v1/dashboard': () => json(dashboard(demoBoard())) })
    await renderPage()

    const late = await screen.findByRole('region', { name: /^Terlambat/ })
    const item = within(late).getByRole('listitem')
    expect(within(item).getByRole('link', { name: /^Langkah 7 — Unit kerja mengisi/ }).getAttribute('href')).toBe('/data/12')
    expect(item.textContent).toContain('Seksi Pemerintahan · tahun 2026 · tenggat 1 Des 2026 16.00')
    expect(item.textContent).toContain('112 % waktu terpakai')
    const soon = screen.getByRole('region', { name: /^Hampir lewat/ })
    expect(within(soon).getByRole('link').getAttribute('href')).toBe('/formulir/5')
  })

  it('draws the three charts, each named by a summary, with the data as tables', async () => {
    fakeApi({ 'GET /api/v1/dashboard': () => json(dashboard(demoBoard())) })
    await renderPage()

    await screen.findByRole('heading', { level: 2, name: 'Kecamatan Bulu' })
    const charts = screen.getAllByRole('img').filter((el) => el.hasAttribute('data-chart'))
    expect(charts.map((c) => c.getAttribute('aria-label')?.split(':')[0])).toEqual([
      'Kemajuan data 3 unit terhadap tenggat',
      'Waktu kerja rata-rata per langkah dibandingkan mutu baku',
      'Capaian per sasaran dengan batas kategori 51, 66, 76 dan 91 persen',
    ])
    expect(charts.map((c) => c.querySelector('[data-vchart]')?.getAttribute('data-series'))).toEqual(['3', '2', '1'])
    const units = screen.getByRole('region', { name: 'Tabel data: Kemajuan data unit kerja tahun 2026' })
    expect(within(units).getByRole('row', { name: /Seksi Pemerintahan/ }).textContent).toContain('Terlambat')
    const capaian = screen.getByRole('region', { name: 'Tabel data: Capaian per sasaran' })
    expect(within(capaian).getByRole('row', { name: /S2/ }).textContent).toContain('62 % (rendah)')
    const cycles = screen.getByRole('region', { name: 'Siklus Kecamatan Bulu per langkah' })
    expect(within(cycles).getByRole('link', { name: 'Lihat alur SOP 2026' }).getAttribute('href')).toBe('/siklus/7/sop')
    expect(within(cycles).getByRole('row', { name: /2026/ }).textContent).toContain('Langkah 7 — Mengisi')

    const results = await axe.run(document.body, { runOnly: ['wcag2a', 'wcag2aa'] })
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([])
  })

  it('lets a kabupaten official pick the kecamatan', async () => {
    const other = demoBoard({ kecamatanId: 2, kecamatanName: 'Tawangsari', overdue: [], atRisk: [], units: [], capaian: [] })
    fakeApi({ 'GET /api/v1/dashboard': () => json(dashboard(demoBoard(), other)) })
    await renderPage()

    const picker = await screen.findByLabelText('Kecamatan')
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Kecamatan Bulu')
    await fireEvent.update(picker, '2')
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Kecamatan Tawangsari')
    expect(within(screen.getByRole('region', { name: /^Terlambat/ })).getByText('Tidak ada pekerjaan yang terlambat.')).toBeTruthy()
    expect(screen.getByText('Belum ada rekap pada siklus ini.')).toBeTruthy()
  })

  it('has no picker for an official of one kecamatan', async () => {
    fakeApi({ 'GET /api/v1/dashboard': () => json(dashboard(demoBoard())) })
    await renderPage()
    await screen.findByRole('heading', { level: 2, name: 'Kecamatan Bulu' })
    expect(screen.queryByLabelText('Kecamatan')).toBeNull()
  })
})
