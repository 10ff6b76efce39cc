import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import { createPinia, setActivePinia } from 'pinia'
import KabupatenPage from './KabupatenPage.vue'
import { demoMe, fakeApi, json } from '../testing/fakeApi'
import { useSessionStore } from '../stores/session'
import type { Schemas } from '../api/client'

const bulu: Schemas['KecamatanView'] = {
  id: 1,
  kabupatenId: 7,
  kabupatenName: 'Kabupaten Sukoharjo',
  code: '33.11.02',
  name: 'Bulu',
  timeZone: 'Asia/Jakarta',
  pengelolaUnitId: 2,
  verbs: [],
}

function show(verbs: Schemas['Verb'][]) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().me = {
    ...demoMe,
    user: { ...demoMe.user, username: 'admin.kabupaten', kabupatenId: 7, kecamatanId: undefined, roles: ['ADMIN'] },
    verbs,
  }
  render(KabupatenPage, { global: { plugins: [pinia] } })
}

describe('KabupatenPage', () => {
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it("lists the kabupaten's kecamatan and, once one is opened, says who administers it", async () => {
    fakeApi({
      'GET /api/v1/kecamatan': [() => json([bulu]), () => json([bulu, { ...bulu, id: 9, code: '33.11.05', name: 'Nguter', pengelolaUnitId: undefined }])],
      'GET /api/v1/kabupaten/7/users': () => json({ items: [{ ...demoMe.user, id: 30, fullName: 'Ratna Dewi', roles: ['KABUPATEN'], kecamatanId: undefined }] }),
      'POST /api/v1/kecamatan': () =>
        json({ kecamatan: { ...bulu, id: 9, name: 'Nguter' }, admin: { ...demoMe.user, username: 'admin.nguter' }, sopVersionId: 4 }, 201),
    })
    show(['kecamatan.manage', 'user.manage'])
    expect(await screen.findByText('Bulu')).toBeTruthy()
    expect(await screen.findByText('Ratna Dewi')).toBeTruthy()
    await fireEvent.update(screen.getByLabelText('Kode wilayah'), '33.11.05')
    await fireEvent.update(screen.getByLabelText('Nama kecamatan'), 'Nguter')
    await fireEvent.click(screen.getByRole('button', { name: 'Buka kecamatan' }))

    await vi.waitFor(() => expect(screen.getAllByRole('status')[0].textContent).toMatch(/Kecamatan Nguter telah dibuka.*admin\.nguter/))
    expect(await screen.findByText('Belum ditetapkan')).toBeTruthy()
  })

  it('offers no forms to an officer who only reads', async () => {
    fakeApi({
      'GET /api/v1/kecamatan': () => json([bulu]),
      'GET /api/v1/kabupaten/7/users': () => json({ items: [] }),
    })
    show(['kecamatan.read'])
    await screen.findByText('Bulu')
    expect(screen.queryByRole('button', { name: 'Buka kecamatan' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Tambah petugas' })).toBeNull()
  })
})
