import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/vue'
import VerificationActions from './VerificationActions.vue'
import type { SubmissionTransition } from '../lib/kinerjaLabels'

const indicators = [
  { code: 'S2.1', name: 'Persentase desa yang menyampaikan laporan tepat waktu' },
  { code: 'S2.2', name: 'Persentase desa yang menetapkan APBDes tepat waktu' },
]

function renderActions(transitions: SubmissionTransition[]) {
  return render(VerificationActions, { props: { transitions, indicators, unitName: 'Seksi Pemerintahan' } })
}

describe('VerificationActions', () => {
  afterEach(() => cleanup())

  it('offers only the transitions the API returned, and verifies at once', async () => {
    const { emitted } = renderActions(['VERIFY', 'RETURN'])

    expect(screen.getAllByRole('button').map((b) => b.textContent?.trim())).toEqual(['Verifikasi', 'Kembalikan'])
    await fireEvent.click(screen.getByRole('button', { name: 'Verifikasi' }))
    expect(emitted().act).toEqual([[{ transition: 'VERIFY' }]])
  })

  it('requires a reason to return, then sends it with notes per indicator and their kind', async () => {
    const { emitted } = renderActions(['VERIFY', 'RETURN'])
    await fireEvent.click(screen.getByRole('button', { name: 'Kembalikan' }))
    const dialog = await screen.findByRole('dialog', { name: 'Kembalikan data ke unit kerja' })

    await fireEvent.click(within(dialog).getByRole('button', { name: 'Kembalikan' }))
    expect(within(dialog).getByText('Alasan wajib diisi.')).toBeTruthy()
    expect(within(dialog).getByLabelText('Alasan').getAttribute('aria-invalid')).toBe('true')
    expect(emitted().act).toBeUndefined()

    await fireEvent.update(within(dialog).getByLabelText('Alasan'), 'Data APBDes tidak konsisten.')
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Tambah catatan' }))
    const kinds = within(dialog).getByLabelText('Jenis catatan 1') as HTMLSelectElement
    expect(Array.from(kinds.options).map((o) => o.text)).toEqual(['Tidak lengkap', 'Tidak konsisten', 'Bukti dukung kurang', 'Lainnya'])
    await fireEvent.update(within(dialog).getByLabelText('Catatan 1 untuk'), 'S2.2')
    await fireEvent.update(kinds, 'INCONSISTENT')
    await fireEvent.update(within(dialog).getByLabelText('Isi catatan 1'), '11 dari 12 desa.')
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Tambah catatan' }))
    await fireEvent.update(within(dialog).getByLabelText('Isi catatan 2'), 'Lampirkan berita acara.')
    await fireEvent.update(within(dialog).getByLabelText('Jenis catatan 2'), 'MISSING_EVIDENCE')
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Kembalikan' }))

    expect(emitted().act).toEqual([
      [
        {
          transition: 'RETURN',
          reason: 'Data APBDes tidak konsisten.',
          notes: [
            { indicatorCode: 'S2.2', reasonCode: 'INCONSISTENT', text: '11 dari 12 desa.' },
            { reasonCode: 'MISSING_EVIDENCE', text: 'Lampirkan berita acara.' },
          ],
        },
      ],
    ])
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('asks a reason to mark a unit as not reporting, without notes', async () => {
    const { emitted } = renderActions(['MARK_NOT_SUBMITTED'])
    await fireEvent.click(screen.getByRole('button', { name: 'Tandai tidak menyampaikan' }))
    const dialog = await screen.findByRole('dialog', { name: 'Tandai tidak menyampaikan' })
    expect(within(dialog).queryByRole('button', { name: 'Tambah catatan' })).toBeNull()

    await fireEvent.update(within(dialog).getByLabelText('Alasan'), 'Tidak ada data sampai tenggat.')
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Tandai tidak menyampaikan' }))

    expect(emitted().act).toEqual([[{ transition: 'MARK_NOT_SUBMITTED', reason: 'Tidak ada data sampai tenggat.' }]])
  })

  it('says so when there is nothing to do', () => {
    renderActions([])
    expect(screen.queryAllByRole('button')).toHaveLength(0)
    expect(screen.getByText('Tidak ada tindakan untuk Anda pada tahap ini.')).toBeTruthy()
  })
})
