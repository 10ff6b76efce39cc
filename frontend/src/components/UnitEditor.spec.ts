import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import { createPinia } from 'pinia'
import UnitEditor from './UnitEditor.vue'
import { fakeApi, json, problem } from '../testing/fakeApi'

const unit = {
  id: 2,
  kecamatanId: 1,
  code: 'RENKEU',
  name: 'Subbag Perencanaan dan Keuangan',
  kind: 'SUBBAG',
  reporting: true,
  active: true,
  sortOrder: 2,
  pengelola: true,
  version: 3,
}

describe('UnitEditor', () => {
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('saves with the ETag it read', async () => {
    const api = fakeApi({
      'GET /api/v1/units/2': () => json(unit, 200, { ETag: '"3"' }),
      'PUT /api/v1/units/2': () => json({ ...unit, name: 'Subbag Renkeu', version: 4 }, 200, { ETag: '"4"' }),
    })
    const { emitted } = render(UnitEditor, { props: { unitId: 2 }, global: { plugins: [createPinia()] } })

    await fireEvent.update(await screen.findByLabelText('Nama unit'), 'Subbag Renkeu')
    await fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }))

    await vi.waitFor(() => expect(emitted().saved).toBeTruthy())
    const put = api.callsTo('PUT /api/v1/units/2')[0]
    expect(JSON.parse(put.body)).toMatchObject({ name: 'Subbag Renkeu', code: 'RENKEU' })
    const request = api.fetch.mock.calls.map(([r]) => r).find((r) => r.method === 'PUT')!
    expect(request.headers.get('If-Match')).toBe('"3"')
  })

  it('says the data changed and shows the current version after a 412', async () => {
    fakeApi({
      'GET /api/v1/units/2': [
        () => json(unit, 200, { ETag: '"3"' }),
        () => json({ ...unit, name: 'Subbag Perencanaan', version: 4 }, 200, { ETag: '"4"' }),
      ],
      'PUT /api/v1/units/2': () => problem('precondition-failed', 412),
    })
    render(UnitEditor, { props: { unitId: 2 }, global: { plugins: [createPinia()] } })

    await fireEvent.update(await screen.findByLabelText('Kode'), 'RK')
    await fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }))

    expect((await screen.findByRole('alert')).textContent).toContain('telah diubah oleh pengguna lain')
    await vi.waitFor(() =>
      expect((screen.getByLabelText('Nama unit') as HTMLInputElement).value).toBe('Subbag Perencanaan'),
    )
  })
})
