import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import KinerjaSettingsCard from './KinerjaSettingsCard.vue'
import { fakeApi, json } from '../testing/fakeApi'

describe('KinerjaSettingsCard', () => {
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('shows the kecamatan settings and saves a change', async () => {
    const api = fakeApi({
      'GET /api/v1/kecamatan/1/kinerja-settings': () => json({ lowerIsBetterFormula: 'RATIO', capaianCap: 120 }),
      'PUT /api/v1/kecamatan/1/kinerja-settings': () => json({ lowerIsBetterFormula: 'DIFFERENCE', capaianCap: 110 }),
    })
    render(KinerjaSettingsCard, { props: { kecamatanId: 1, canManage: true } })

    const formula = (await screen.findByLabelText('Rumus indikator yang makin kecil makin baik')) as HTMLSelectElement
    await vi.waitFor(() => expect(formula.value).toBe('RATIO'))
    await fireEvent.update(formula, 'DIFFERENCE')
    await fireEvent.update(screen.getByLabelText(/Batas capaian per indikator/), '110')
    await fireEvent.click(screen.getByRole('button', { name: 'Simpan pengaturan' }))

    await vi.waitFor(() => expect(screen.getByText('Pengaturan perhitungan capaian telah disimpan.')).toBeTruthy())
    expect(JSON.parse(api.callsTo('PUT /api/v1/kecamatan/1/kinerja-settings')[0].body)).toEqual({
      lowerIsBetterFormula: 'DIFFERENCE',
      capaianCap: 110,
    })
  })

  it('only shows the settings to those who may not change them', async () => {
    fakeApi({
      'GET /api/v1/kecamatan/1/kinerja-settings': () => json({ lowerIsBetterFormula: 'DIFFERENCE', capaianCap: 120 }),
    })
    render(KinerjaSettingsCard, { props: { kecamatanId: 1, canManage: false } })
    expect(await screen.findByText('(2 × target − realisasi) ÷ target × 100%')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Simpan pengaturan' })).toBeNull()
  })
})
