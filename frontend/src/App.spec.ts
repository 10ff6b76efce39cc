import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/vue'
import { createPinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import App from './App.vue'
import { createAppRouter } from './router'
import { REFRESH_KEY } from './stores/session'
import { demoMe, fakeApi, json, problem, tokens } from './testing/fakeApi'
import { demoKecamatan } from './testing/demoForm'
import { demoSubmission } from './testing/demoKinerja'
import { localDraftKey } from './lib/localDrafts'

async function mountAt(path: string) {
  const router = createAppRouter(createMemoryHistory())
  const wrapper = mount(App, { global: { plugins: [createPinia(), router] } })
  await router.push(path)
  await router.isReady()
  await flushPromises()
  return { wrapper, router }
}

describe('App', () => {
  beforeEach(() => {
    sessionStorage.clear()
    localStorage.clear()
  })
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('shows the product name and sends visitors to the login page', async () => {
    fakeApi({})
    const { wrapper, router } = await mountAt('/admin/users')

    expect(wrapper.text()).toContain('Alur Kinerja')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/admin/users')
    expect(wrapper.find('h1').text()).toBe('Masuk')
    expect(wrapper.find('main').exists()).toBe(true)
  })

  it('shows the official, the allowed pages and the home page after a reload', async () => {
    sessionStorage.setItem(REFRESH_KEY, 'refresh-1')
    fakeApi({
      'POST /api/v1/auth/refresh': () => json(tokens(2)),
      'GET /api/v1/me': () => json({ ...demoMe, verbs: ['user.manage'] }),
      'GET /api/v1/tasks': () => json([]),
    })
    const { wrapper } = await mountAt('/')

    const header = wrapper.find('header').text()
    expect(header).toContain('Dra. Sri Lestari')
    expect(header).toContain('Sekretaris Kecamatan Bulu')
    expect(header).toContain('Pengguna')
    expect(header).not.toContain('Unit Kerja')
    expect(header).toContain('Keluar')
    const main = wrapper.find('main').text()
    expect(main).toContain('Selamat datang, Dra. Sri Lestari')
    expect(main).toContain('Bulu')
    expect(main).toContain('Plh. Camat Bulu')
    expect(main).toContain('23 November 2026 s.d. 27 November 2026')
    expect(main).toContain('Belum ada tugas yang menunggu Anda.')
  })

  it('lists the tasks waiting for the official, the oldest first, with a link to each form', async () => {
    sessionStorage.setItem(REFRESH_KEY, 'refresh-1')
    const task = {
      kind: 'FORM',
      cycleId: 3,
      year: 2026,
      kecamatanId: 1,
      kecamatanName: 'Bulu',
      transitions: ['PARAF', 'REFUSE_PARAF'],
    }
    fakeApi({
      'POST /api/v1/auth/refresh': () => json(tokens(2)),
      'GET /api/v1/me': () => json({ ...demoMe, verbs: ['form.read', 'form.paraf'] }),
      'GET /api/v1/tasks': () =>
        json([
          { ...task, formId: 8, step: 3, stepTitle: 'Memberi paraf pada format data kinerja', state: 'AWAITING_PARAF', waitingSince: '2026-11-26T02:15:00Z', waitingMinutes: 75 },
          { ...task, formId: 7, step: 3, stepTitle: 'Memberi paraf pada format data kinerja', state: 'AWAITING_PARAF', waitingSince: '2026-11-24T02:15:00Z', waitingMinutes: 2960 },
        ]),
    })
    const { wrapper } = await mountAt('/')

    expect(wrapper.find('header').text()).toContain('Siklus')
    const links = wrapper.findAll('.task__title')
    expect(links.map((l) => l.attributes('href'))).toEqual(['/formulir/7', '/formulir/8'])
    expect(links[0].text()).toBe('Langkah 3 — Memberi paraf pada format data kinerja')
    const inbox = wrapper.find('.task-list').text()
    expect(inbox).toContain('Formulir data kinerja tahun 2026 · Kecamatan Bulu · Menunggu paraf Sekcam')
    expect(inbox).toContain('Menunggu sejak 24 November 2026 pukul 09.15 (2 hari 1 jam)')
    expect(inbox).toContain('(1 jam 15 menit)')
  })

  it('refuses an admin page without its verb, keeping the address', async () => {
    sessionStorage.setItem(REFRESH_KEY, 'refresh-1')
    fakeApi({
      'POST /api/v1/auth/refresh': () => json(tokens(2)),
      'GET /api/v1/me': () => json(demoMe),
    })
    const { wrapper, router } = await mountAt('/admin/units')

    expect(router.currentRoute.value.name).toBe('forbidden')
    expect(router.currentRoute.value.fullPath).toBe('/admin/units')
    expect(wrapper.find('h1').text()).toBe('Akses ditolak')
  })

  it('after the session expired while typing, signing in again returns to the page with the unsaved entries', async () => {
    sessionStorage.setItem(REFRESH_KEY, 'refresh-1')
    const unitStaff = { ...demoMe, verbs: ['form.read', 'submission.read', 'submission.edit'] as typeof demoMe.verbs }
    fakeApi({
      'POST /api/v1/auth/refresh': [() => json(tokens(2)), () => problem('invalid-refresh-token', 401)],
      'POST /api/v1/auth/login': () => json(tokens(3)),
      'GET /api/v1/me': () => json(unitStaff),
      'GET /api/v1/kecamatan/1': () => json(demoKecamatan),
      'GET /api/v1/submissions/2': () => json(demoSubmission(), 200, { ETag: '"5"' }),
      'GET /api/v1/submissions/2/rounds': () => json([]),
      'GET /api/v1/tasks': () => json([]),
      'PUT /api/v1/submissions/2': () => problem('unauthenticated', 401),
    })
    const router = createAppRouter(createMemoryHistory())
    render(App, { global: { plugins: [createPinia(), router] } })
    await router.push('/data/2')
    const s22 = () => within(screen.getByRole('group', { name: /^Indikator S2\.2 / })).getByLabelText('Realisasi (%)') as HTMLInputElement

    await fireEvent.update(await vi.waitFor(s22), '91.67')
    await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }))

    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('login'))
    expect(router.currentRoute.value.query.redirect).toBe('/data/2')
    expect(await screen.findByText('Sesi Anda telah berakhir. Silakan masuk kembali.')).toBeTruthy()
    expect(localStorage.getItem(localDraftKey('submission', demoMe.user.id, 2))).toContain('91.67')

    await fireEvent.update(screen.getByLabelText(/Nama pengguna atau NIP/), 'sekcam')
    await fireEvent.update(screen.getByLabelText(/Kata sandi/), 'kinerja-demo')
    await fireEvent.click(screen.getByRole('button', { name: 'Masuk' }))

    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/data/2'))
    await vi.waitFor(() => expect(s22().value).toBe('91,67'))
    expect(screen.getByText(/^Isian yang belum tersimpan dari .* dipulihkan dari perangkat ini\./)).toBeTruthy()
  })
})
