import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/vue'
import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import AdminCalendarPage from './AdminCalendarPage.vue'
import { useSessionStore } from '../stores/session'
import { demoMe, fakeApi, json, noContent, problem, problemWith } from '../testing/fakeApi'
import { demoKecamatan } from '../testing/demoForm'
import { demoCalendar } from '../testing/demoCalendar'
import type { Schemas } from '../api/client'

const bulu: Schemas['KecamatanView'] = { ...demoKecamatan, verbs: ['kecamatan.read', 'calendar.manage'] }
const ownAdmin = { ...demoMe, user: { ...demoMe.user, roles: ['ADMIN'] as Schemas['Role'][] }, verbs: ['calendar.manage'] as Schemas['Verb'][] }
const kabupatenAdmin = { ...ownAdmin, kecamatan: undefined, user: { ...ownAdmin.user, kecamatanId: undefined } }

async function renderPage(me: Schemas['MeView'] = ownAdmin) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().me = me
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/admin/kalender', name: 'admin-calendar', component: AdminCalendarPage }],
  })
  await router.push('/admin/kalender')
  await router.isReady()
  render(AdminCalendarPage, { global: { plugins: [pinia, router] } })
  await flushPromises()
}

const friday = () => screen.getByRole('group', { name: 'Jumat' })

describe('AdminCalendarPage', () => {
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('shows the time zone, the office week and the days off, with no remove button for national holidays', async () => {
    fakeApi({
      'GET /api/v1/kecamatan/1': () => json(bulu),
      'GET /api/v1/kecamatan/1/calendar': () => json(demoCalendar(), 200, { ETag: '"3"' }),
    })
    await renderPage()

    expect((screen.getByLabelText('Zona waktu') as HTMLSelectElement).value).toBe('Asia/Jakarta')
    expect((screen.getByLabelText('Senin hari kerja') as HTMLInputElement).checked).toBe(true)
    expect((screen.getByLabelText('Sabtu hari kerja') as HTMLInputElement).checked).toBe(false)
    expect(screen.queryByLabelText('Jam buka Sabtu')).toBeNull()
    expect((within(friday()).getByLabelText('Jam tutup Jumat') as HTMLInputElement).value).toBe('11:30')

    const table = screen.getByRole('region', { name: /^Hari libur tahun/ })
    expect(table.getAttribute('tabindex')).toBe('0')
    const national = within(table).getByRole('row', { name: /Tahun Baru 2026 Masehi/ })
    expect(national.textContent).toContain('Kamis, 1 Januari 2026')
    expect(national.textContent).toContain('Libur nasional')
    expect(national.textContent).toContain('Nasional')
    expect(within(national).queryByRole('button')).toBeNull()
    const local = within(table).getByRole('row', { name: /Hari Jadi Kabupaten Sukoharjo/ })
    expect(local.textContent).toContain('Libur daerah')
    expect(local.textContent).toContain('Kabupaten')
    expect(within(local).getByRole('button', { name: /^Hapus Hari Jadi Kabupaten Sukoharjo/ })).toBeTruthy()
  })

  it('saves the week and the overrides as typed, with If-Match', async () => {
    const api = fakeApi({
      'GET /api/v1/kecamatan/1': () => json(bulu),
      'GET /api/v1/kecamatan/1/calendar': () => json(demoCalendar(), 200, { ETag: '"3"' }),
      'PUT /api/v1/kecamatan/1/calendar': () => json(demoCalendar({ timeZone: 'Asia/Makassar' }), 200, { ETag: '"4"' }),
    })
    await renderPage()

    await fireEvent.update(screen.getByLabelText('Zona waktu'), 'Asia/Makassar')
    await fireEvent.update(within(friday()).getByLabelText('Jam tutup Jumat'), '11:00')
    await fireEvent.click(screen.getByLabelText('Sabtu hari kerja'))
    await fireEvent.click(screen.getByRole('button', { name: 'Tambah jam kerja khusus' }))
    await fireEvent.update(screen.getByLabelText('Nama jam kerja khusus 1'), 'Jam kerja bulan Ramadan 1448 H')
    await fireEvent.update(screen.getByLabelText('Berlaku mulai (1)'), '2027-02-08')
    await fireEvent.update(screen.getByLabelText('Berlaku sampai (1)'), '2027-03-09')
    await fireEvent.click(screen.getByRole('button', { name: 'Simpan kalender' }))
    await flushPromises()

    const put = api.callsTo('PUT /api/v1/kecamatan/1/calendar')
    expect(put).toHaveLength(1)
    expect(api.fetch.mock.calls.at(-1)![0].headers.get('If-Match')).toBe('"3"')
    const body = JSON.parse(put[0].body)
    expect(body.timeZone).toBe('Asia/Makassar')
    expect(body.week.map((d: { weekday: string }) => d.weekday)).toEqual(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'])
    expect(body.week[4]).toEqual({ weekday: 'FRIDAY', opens: '07:30', closes: '11:00' })
    expect(body.overrides).toEqual([
      { name: 'Jam kerja bulan Ramadan 1448 H', validFrom: '2027-02-08', validTo: '2027-03-09', week: expect.any(Array) },
    ])
    expect(body.overrides[0].week).toHaveLength(6)
    expect(screen.getByRole('status').textContent).toContain('Kalender kerja telah disimpan')
  })

  it('keeps what was typed when someone else saved meanwhile, says so, and saves with the new ETag', async () => {
    const api = fakeApi({
      'GET /api/v1/kecamatan/1': () => json(bulu),
      'GET /api/v1/kecamatan/1/calendar': [
        () => json(demoCalendar(), 200, { ETag: '"3"' }),
        () => json(demoCalendar({ timeZone: 'Asia/Jayapura' }), 200, { ETag: '"5"' }),
      ],
      'PUT /api/v1/kecamatan/1/calendar': [() => problem('precondition-failed', 412), () => json(demoCalendar(), 200, { ETag: '"6"' })],
    })
    await renderPage()

    await fireEvent.update(within(friday()).getByLabelText('Jam tutup Jumat'), '11:00')
    await fireEvent.click(screen.getByRole('button', { name: 'Simpan kalender' }))
    await flushPromises()

    expect(screen.getByRole('alert').textContent).toContain('telah diubah oleh pengguna lain')
    expect(api.callsTo('GET /api/v1/kecamatan/1/calendar')).toHaveLength(2)
    expect((within(friday()).getByLabelText('Jam tutup Jumat') as HTMLInputElement).value).toBe('11:00')

    await fireEvent.click(screen.getByRole('button', { name: 'Simpan kalender' }))
    await flushPromises()
    const ifMatch = api.fetch.mock.calls.filter(([r]) => r.method === 'PUT').map(([r]) => r.headers.get('If-Match'))
    expect(ifMatch).toEqual(['"3"', '"5"'])
  })

  it('shows the newer version when asked after a 412', async () => {
    fakeApi({
      'GET /api/v1/kecamatan/1': () => json(bulu),
      'GET /api/v1/kecamatan/1/calendar': [
        () => json(demoCalendar(), 200, { ETag: '"3"' }),
        () => json(demoCalendar({ timeZone: 'Asia/Jayapura' }), 200, { ETag: '"5"' }),
      ],
      'PUT /api/v1/kecamatan/1/calendar': () => problem('precondition-failed', 412),
    })
    await renderPage()
    await fireEvent.click(screen.getByRole('button', { name: 'Simpan kalender' }))
    await flushPromises()

    expect((screen.getByLabelText('Zona waktu') as HTMLSelectElement).value).toBe('Asia/Jakarta')
    await fireEvent.click(screen.getByRole('button', { name: 'Tampilkan versi terbaru' }))
    expect((screen.getByLabelText('Zona waktu') as HTMLSelectElement).value).toBe('Asia/Jayapura')
  })

  it('shows field errors by their code at the weekday they concern', async () => {
    fakeApi({
      'GET /api/v1/kecamatan/1': () => json(bulu),
      'GET /api/v1/kecamatan/1/calendar': () => json(demoCalendar(), 200, { ETag: '"3"' }),
      'PUT /api/v1/kecamatan/1/calendar': () =>
        problemWith(400, 'validation-failed', { errors: [{ field: 'week[4]', code: 'OFFICE_HOURS', message: 'office hours must open before they close' }] }),
    })
    await renderPage()

    await fireEvent.update(within(friday()).getByLabelText('Jam tutup Jumat'), '07:00')
    await fireEvent.click(screen.getByRole('button', { name: 'Simpan kalender' }))
    await flushPromises()

    expect(within(friday()).getByText('Jam kerja harus dibuka sebelum ditutup, dengan istirahat di antaranya.')).toBeTruthy()
    expect(within(screen.getByRole('group', { name: 'Kamis' })).queryByText(/Jam kerja harus dibuka/)).toBeNull()
  })

  it('lets a kabupaten ADMIN pick the kecamatan and add a day off for the whole kabupaten', async () => {
    const api = fakeApi({
      'GET /api/v1/kecamatan': () => json([bulu, { ...bulu, id: 2, name: 'Nguter' }]),
      'GET /api/v1/kecamatan/2/calendar': [
        () => json(demoCalendar({ kecamatanId: 2 }), 200, { ETag: '"1"' }),
        () => json(demoCalendar({ kecamatanId: 2 }), 200, { ETag: '"2"' }),
      ],
      'POST /api/v1/kecamatan/2/holidays': () =>
        json({ id: 12, day: `${new Date().getFullYear()}-08-20`, kind: 'LIBUR_DAERAH', name: 'Hari Jadi', scope: 'KABUPATEN' }, 201),
    })
    await renderPage(kabupatenAdmin)

    expect(screen.queryByRole('heading', { name: 'Jam kerja' })).toBeNull()
    await fireEvent.update(screen.getByLabelText('Kecamatan'), '2')
    await flushPromises()
    expect(api.callsTo('GET /api/v1/kecamatan/2/calendar')).toHaveLength(1)

    await fireEvent.update(screen.getByLabelText('Tanggal'), `${new Date().getFullYear()}-08-20`)
    await fireEvent.update(screen.getByLabelText('Keterangan'), 'Hari Jadi')
    await fireEvent.update(screen.getByLabelText('Cakupan'), 'KABUPATEN')
    await fireEvent.click(screen.getByRole('button', { name: 'Tambah hari libur' }))
    await flushPromises()

    expect(JSON.parse(api.callsTo('POST /api/v1/kecamatan/2/holidays')[0].body)).toEqual({
      day: `${new Date().getFullYear()}-08-20`,
      kind: 'LIBUR_DAERAH',
      name: 'Hari Jadi',
      scope: 'KABUPATEN',
    })
    expect(screen.getByRole('status').textContent).toContain('Hari libur "Hari Jadi" telah ditambahkan.')
    expect(api.callsTo('GET /api/v1/kecamatan/2/calendar')).toHaveLength(2)
  })

  it('offers no scope to a kecamatan ADMIN, and removes a local day off', async () => {
    const api = fakeApi({
      'GET /api/v1/kecamatan/1': () => json(bulu),
      'GET /api/v1/kecamatan/1/calendar': () => json(demoCalendar(), 200, { ETag: '"3"' }),
      'DELETE /api/v1/holidays/9': () => noContent(),
    })
    await renderPage()

    expect(screen.queryByLabelText('Cakupan')).toBeNull()
    await fireEvent.click(screen.getByRole('button', { name: /^Hapus Hari Jadi Kabupaten Sukoharjo/ }))
    await flushPromises()

    expect(api.callsTo('DELETE /api/v1/holidays/9')).toHaveLength(1)
    expect(screen.getByRole('status').textContent).toContain('telah dihapus')
  })
})
