import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/vue'
import RecapTable from './RecapTable.vue'
import { demoRecap } from '../testing/demoKinerja'
import { fakeApi, json } from '../testing/fakeApi'

const row = (code: string) => document.querySelector(`tr[data-indicator="${code}"]`) as HTMLElement
const unitValue = (code: string, unit: string) => row(code).querySelector(`[data-unit-value="${unit}"]`) as HTMLElement

describe('RecapTable', () => {
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('shows a unit that did not report as "Tidak menyampaikan", never as 0, and no capaian for it', () => {
    render(RecapTable, { props: { recap: demoRecap(), canCorrect: false } })

    const silent = unitValue('S5.1', 'Seksi Kesejahteraan Sosial')
    expect(silent.textContent).toContain('Tidak menyampaikan')
    expect(silent.textContent).not.toMatch(/\d/)
    expect(row('S5.1').textContent).toContain('Tidak dihitung: belum diisi')
    expect(row('S5.1').textContent).not.toContain('0 %')
    // beside a unit that reported, in an aggregated indicator
    expect(unitValue('S2.3', 'Seksi Kesejahteraan Sosial').textContent).toContain('Tidak menyampaikan')
    expect(unitValue('S2.3', 'Seksi Pemerintahan').textContent).toContain('11 desa')
    // a unit not entered yet is not a zero either
    expect(unitValue('S1.2', 'Seksi Pelayanan Umum').textContent).toContain('Belum dimasukkan')
  })

  it('marks corrected values, with numbers, capaian and band as written in Indonesian', () => {
    render(RecapTable, { props: { recap: demoRecap(), canCorrect: false } })

    expect(within(unitValue('S2.3', 'Seksi Pemerintahan')).getByText('Dikoreksi')).toBeTruthy()
    expect(within(unitValue('S2.3', 'Seksi Kesejahteraan Sosial')).queryByText('Dikoreksi')).toBeNull()
    expect(row('S2.3').textContent).toContain('91,67 % (sangat tinggi)')
    expect(screen.getByText(/Capaian sasaran:/, { selector: '[data-sasaran-capaian="S2"]' }).textContent).toContain('91,67 %')
  })

  it('offers "Koreksi" only on entered, verified values, and only when correcting is allowed', async () => {
    const { emitted } = render(RecapTable, { props: { recap: demoRecap(), canCorrect: true } })

    const buttons = screen.getAllByRole('button', { name: /^Koreksi/ })
    expect(buttons.map((b) => b.textContent?.trim())).toEqual(['Koreksi S2.3 Seksi Pemerintahan'])
    await fireEvent.click(buttons[0])
    const [indicator, unit] = emitted().correct[0] as [{ code: string }, { unitName: string }]
    expect(indicator.code).toBe('S2.3')
    expect(unit.unitName).toBe('Seksi Pemerintahan')

    cleanup()
    render(RecapTable, { props: { recap: demoRecap(), canCorrect: false } })
    expect(screen.queryByRole('button', { name: /^Koreksi/ })).toBeNull()
  })

  it("opens an indicator's value history: who entered and corrected it, when and why", async () => {
    fakeApi({
      'GET /api/v1/recaps/1/history': () =>
        json([
          { indicatorCode: 'S2.3', unitId: 3, kind: 'ENTERED', newValue: 12, actorName: 'Dewi Anggraeni', at: '2026-11-26T04:00:00Z', recapVersion: 2 },
          {
            indicatorCode: 'S2.3',
            unitId: 3,
            kind: 'CORRECTED',
            oldValue: 12,
            newValue: 11,
            reason: 'Salah ketik saat entri.',
            actorName: 'Dewi Anggraeni',
            at: '2026-11-26T04:10:00Z',
            recapVersion: 4,
          },
        ]),
    })
    render(RecapTable, { props: { recap: demoRecap(), canCorrect: false } })

    const toggle = screen.getByRole('button', { name: 'Riwayat nilai S2.3' })
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    await fireEvent.click(toggle)
    expect(toggle.getAttribute('aria-expanded')).toBe('true')

    const history = document.getElementById('riwayat-S2.3')!
    await vi.waitFor(() => expect(history.textContent).toContain('Dikoreksi oleh Dewi Anggraeni'))
    expect(history.textContent).toContain('Dimasukkan oleh Dewi Anggraeni')
    expect(history.textContent).toContain('Seksi Pemerintahan:')
    expect(history.textContent).toMatch(/12 desa\s*→\s*11 desa/)
    expect(history.textContent).toContain('Alasan: Salah ketik saat entri.')
    expect(history.textContent).toContain('26 November 2026 pukul 11.10')
  })
})
