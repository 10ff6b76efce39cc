import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/vue'
import FormDiffView from './FormDiffView.vue'
import { demoUnits } from '../testing/demoForm'
import type { Schemas } from '../api/client'

const empty: Schemas['FormDiff'] = {
  from: 'Versi 1',
  to: 'Versi 2',
  letter: [],
  sasaranAdded: [],
  sasaranRemoved: [],
  indicatorsAdded: [],
  indicatorsRemoved: [],
  indicatorsChanged: [],
}

describe('FormDiffView', () => {
  afterEach(() => cleanup())

  it('renders what was added, removed and changed, in words', () => {
    render(FormDiffView, {
      props: {
        units: demoUnits,
        diff: {
          ...empty,
          from: 'Tahun 2025',
          to: 'Versi 3',
          letter: [
            { field: 'perihal', from: 'Permohonan Pengisian Data Kinerja Tahun 2025', to: 'Permohonan Pengisian Data Kinerja Tahun 2026' },
            { field: 'deadline', to: '2027-01-15' },
          ],
          sasaranAdded: [{ code: 'S7', name: 'Meningkatnya kualitas pengelolaan aset' }],
          sasaranRemoved: [{ code: 'S5', name: 'Meningkatnya kesejahteraan sosial masyarakat' }],
          indicatorsAdded: [{ code: 'S7.1', name: 'Persentase aset tercatat' }],
          indicatorsRemoved: [{ code: 'S5.1', name: 'Persentase usulan bantuan sosial' }],
          indicatorsChanged: [
            {
              code: 'S1.1',
              name: 'Indeks Kepuasan Masyarakat',
              changes: [
                { field: 'target', from: '82.5', to: '85' },
                { field: 'reportingUnitIds', from: '[3]', to: '[3, 2]' },
                { field: 'polarity', from: 'higher_is_better', to: 'lower_is_better' },
              ],
            },
          ],
        },
      },
    })

    expect(screen.getByText(/^Dari/).textContent).toBe('Dari Tahun 2025 ke Versi 3')

    const perihal = screen.getByRole('row', { name: /Perihal/ })
    // only the word that changed is marked; the rest of the sentence reads plain
    expect([...perihal.querySelectorAll('del')].map((d) => d.textContent)).toEqual(['2025'])
    expect([...perihal.querySelectorAll('ins')].map((i) => i.textContent)).toEqual(['2026'])
    expect(perihal.querySelector('.diff__new')?.textContent).toBe('Permohonan Pengisian Data Kinerja Tahun 2026')
    const deadline = screen.getByRole('row', { name: /Tenggat/ })
    expect(deadline.querySelector('del')?.textContent).toBe('(kosong)')
    expect(deadline.querySelector('ins')?.textContent).toBe('15 Januari 2027')

    const added = screen.getByRole('heading', { name: 'Sasaran ditambahkan' }).nextElementSibling!
    expect(added.querySelector('ins')?.textContent).toBe('S7 — Meningkatnya kualitas pengelolaan aset')
    const removed = screen.getByRole('heading', { name: 'Sasaran dihapus' }).nextElementSibling!
    expect(removed.querySelector('del')?.textContent).toBe('S5 — Meningkatnya kesejahteraan sosial masyarakat')
    expect(screen.getByRole('heading', { name: 'Indikator ditambahkan' }).nextElementSibling!.textContent).toContain('S7.1')
    expect(screen.getByRole('heading', { name: 'Indikator dihapus' }).nextElementSibling!.querySelector('del')?.textContent).toBe(
      'S5.1 — Persentase usulan bantuan sosial',
    )

    screen.getByRole('heading', { name: 'Indikator diubah' })
    const rows = screen.getAllByRole('row', { name: /S1\.1 — Indeks Kepuasan Masyarakat/ })
    const cells = rows.map((row) => Array.from(row.querySelectorAll('td')).map((td) => td.textContent))
    expect(cells).toEqual([
      ['Target', '82,5', '85'],
      ['Unit pelapor', 'Seksi Pemerintahan', 'Seksi Pemerintahan, Subbag Perencanaan dan Keuangan'],
      ['Polaritas', 'Makin tinggi makin baik', 'Makin rendah makin baik'],
    ])
    expect(screen.queryByText('Tidak ada perbedaan.')).toBeNull()
  })

  it('says when there is no difference', () => {
    render(FormDiffView, { props: { units: demoUnits, diff: empty } })

    expect(screen.getByText('Tidak ada perbedaan.')).toBeTruthy()
    expect(screen.queryByRole('table')).toBeNull()
  })
})
