import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import RecapCorrectionDialog from './RecapCorrectionDialog.vue'
import { demoRecap } from '../testing/demoKinerja'

const recap = demoRecap()
const count = recap.sasaran[0].indicators[0]
const percent = { ...recap.sasaran[1].indicators[0], units: [{ unitId: 6, unitName: 'Seksi Kesejahteraan Sosial', value: 90, notSubmitted: false, corrected: false }] }

function renderDialog(indicator = count) {
  return render(RecapCorrectionDialog, { props: { indicator, unit: indicator.units[0] } })
}

async function correct(value: string, reason = 'Salah ketik.') {
  await fireEvent.update(screen.getByLabelText(/^Nilai baru/), value)
  await fireEvent.update(screen.getByLabelText('Alasan koreksi'), reason)
  await fireEvent.click(screen.getByRole('button', { name: 'Simpan koreksi' }))
}

describe('RecapCorrectionDialog', () => {
  afterEach(() => cleanup())

  it('sends "84,2" as 84.2', async () => {
    const { emitted } = renderDialog(percent)
    expect((screen.getByLabelText('Nilai baru (%)') as HTMLInputElement).value).toBe('90')

    await correct('84,2')

    expect(emitted().confirm).toEqual([[{ value: 84.2, reason: 'Salah ketik.' }]])
  })

  it('refuses decimals for a count and sends nothing', async () => {
    const { emitted } = renderDialog()

    await correct('11,5')

    expect(emitted().confirm).toBeUndefined()
    expect(screen.getByText('Indikator ini berupa jumlah: isi dengan bilangan bulat, tanpa desimal.')).toBeTruthy()
  })

  it('says why a value looks wrong and saves it only on a second "Simpan koreksi"', async () => {
    const { emitted } = renderDialog()

    // 120 desa against a target of 12: most likely 12 with a zero too many
    await correct('120')
    expect(emitted().confirm).toBeUndefined()
    expect(screen.getByRole('alert').textContent).toContain('Nilai 120 tidak biasa: capaian 1.000 % dari target 12')

    await fireEvent.click(screen.getByRole('button', { name: 'Simpan koreksi' }))
    expect(emitted().confirm).toEqual([[{ value: 120, reason: 'Salah ketik.' }]])
  })
})
