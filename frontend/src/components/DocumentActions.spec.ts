import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/vue'
import { createPinia, setActivePinia } from 'pinia'
import { fakeApi, json } from '../testing/fakeApi'
import DocumentActions from './DocumentActions.vue'
import type { Schemas } from '../api/client'
import { demoForm } from '../testing/demoForm'
import { demoRecap, demoSubmission } from '../testing/demoKinerja'

const HASH = '0123456789abcdef'.repeat(4)

function formBar(transitions: Schemas['FormTransition'][], blocked: string | null = null) {
  return render(DocumentActions, {
    props: { kind: 'form', view: demoForm({ transitions, versionNumber: 3, contentSha256: HASH }), blocked },
  })
}

function submissionBar(transitions: Schemas['SubmissionTransition'][]) {
  return render(DocumentActions, { props: { kind: 'submission', view: demoSubmission({ state: 'SUBMITTED', transitions }) } })
}

function recapBar(transitions: Schemas['RecapTransition'][]) {
  return render(DocumentActions, {
    props: { kind: 'recap', view: demoRecap({ transitions, versionNumber: 4, contentSha256: HASH }) },
  })
}

const buttons = () => screen.getAllByRole('button').map((b) => b.textContent?.trim())

describe('DocumentActions', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    // the review before an approval reads the document's history
    fakeApi({
      'GET /api/v1/forms/2/timeline': () => json([]),
      'GET /api/v1/forms/2/diff': () =>
        json({ from: 'Tahun 2025', to: 'Versi 3', letter: [], sasaranAdded: [], sasaranRemoved: [], indicatorsAdded: [], indicatorsRemoved: [], indicatorsChanged: [] }),
      'GET /api/v1/recaps/1/timeline': () => json([]),
    })
  })
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('offers exactly the transitions the API returned, in the order of the SOP, in the region "Tindakan"', () => {
    formBar(['REFUSE_PARAF', 'PARAF'])

    const region = screen.getByRole('region', { name: 'Tindakan' })
    expect(within(region).getAllByRole('button').map((b) => b.textContent?.trim())).toEqual(['Beri paraf', 'Tolak paraf'])
    expect(screen.queryByRole('button', { name: 'Tanda tangani' })).toBeNull()
    // the version in words; its hash only under the technical details
    const version = region.querySelector('.approval-version')!
    expect(version.querySelector('p')?.textContent).toBe(
      'Versi 3 menunggu keputusan Anda. Ringkasannya ditampilkan sebelum Anda menyetujui.',
    )
    expect(version.querySelector('details code')?.textContent).toBe('0123456789…')
  })

  it('offers nothing, and says so, when the API returns no transition it knows', () => {
    // the form's own bookkeeping transitions and a submission's SUBMIT ("Sampaikan") are not in the bar
    formBar(['COMPLETE_DISTRIBUTION'])
    expect(screen.queryAllByRole('button')).toHaveLength(0)
    expect(screen.getByText('Tidak ada tindakan untuk Anda pada tahap ini.')).toBeTruthy()
    expect(screen.queryByText(/menunggu keputusan Anda/)).toBeNull()
    cleanup()

    submissionBar(['SUBMIT'])
    expect(screen.queryAllByRole('button')).toHaveLength(0)
  })

  it('signs only after the review is confirmed, carrying the hash of the version shown', async () => {
    const { emitted } = formBar(['SIGN', 'REFUSE_SIGNATURE'])

    await fireEvent.click(screen.getByRole('button', { name: 'Tanda tangani' }))
    const review = await screen.findByRole('dialog', { name: 'Tinjau sebelum menandatangani' })
    expect(emitted().act).toBeUndefined()
    const confirm = await within(review).findByRole('button', { name: 'Tanda tangani versi 3' })
    await vi.waitFor(() => expect((confirm as HTMLButtonElement).disabled).toBe(false))
    await fireEvent.click(confirm)

    expect(screen.queryByRole('dialog')).toBeNull()
    expect(emitted().act).toEqual([[{ transition: 'SIGN', contentSha256: HASH }]])
  })

  it('sends nothing when the official goes back from the review', async () => {
    const { emitted } = formBar(['PARAF', 'REFUSE_PARAF'])
    await fireEvent.click(screen.getByRole('button', { name: 'Beri paraf' }))
    const review = await screen.findByRole('dialog', { name: 'Tinjau sebelum memaraf' })
    await fireEvent.click(within(review).getByRole('button', { name: 'Kembali' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(emitted().act).toBeUndefined()
  })

  it('sends a transition that approves no version without a hash', async () => {
    const { emitted } = formBar(['SUBMIT_FOR_CORRECTION'])
    await fireEvent.click(screen.getByRole('button', { name: 'Kirim ke Kasubbag untuk dikoreksi' }))
    expect(emitted().act).toEqual([[{ transition: 'SUBMIT_FOR_CORRECTION' }]])
    expect(screen.queryByText(/menunggu keputusan Anda/)).toBeNull()
  })

  it('asks for a reason in a dialog before refusing, and sends it with the notes and the hash', async () => {
    const { emitted } = formBar(['SIGN', 'REFUSE_SIGNATURE'])
    const tidak = screen.getByRole('button', { name: /^Tidak/ })
    tidak.focus()
    await fireEvent.click(tidak)

    const dialog = await screen.findByRole('dialog', { name: 'Tidak menandatangani' })
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    const reason = screen.getByLabelText('Alasan')
    // the focus moves into the dialog, to the reason
    await vi.waitFor(() => expect(document.activeElement).toBe(reason))
    expect(emitted().act).toBeUndefined()

    // an empty reason is not sent
    await fireEvent.click(screen.getByRole('button', { name: 'Kirim keputusan "Tidak"' }))
    expect(screen.getByText('Alasan wajib diisi.')).toBeTruthy()
    expect(emitted().act).toBeUndefined()

    await fireEvent.update(reason, 'Tenggat terlalu dekat.')
    await fireEvent.click(screen.getByRole('button', { name: 'Tambah catatan' }))
    const indicators = screen.getByLabelText('Catatan 1 untuk') as HTMLSelectElement
    expect(Array.from(indicators.options).map((o) => o.text)).toContain('S1.2 — Persentase layanan tepat waktu')
    await fireEvent.update(indicators, 'S1.2')
    await fireEvent.update(screen.getByLabelText('Isi catatan 1'), 'Target terlalu tinggi.')
    await fireEvent.click(screen.getByRole('button', { name: 'Kirim keputusan "Tidak"' }))

    expect(emitted().act).toEqual([
      [
        {
          transition: 'REFUSE_SIGNATURE',
          contentSha256: HASH,
          reason: 'Tenggat terlalu dekat.',
          notes: [{ indicatorCode: 'S1.2', text: 'Target terlalu tinggi.' }],
        },
      ],
    ])
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('closes the reason dialog with Esc, sends nothing and gives the focus back', async () => {
    const { emitted } = formBar(['FORWARD_TO_SEKCAM', 'RETURN_TO_STAF'])
    const opener = screen.getByRole('button', { name: 'Kembalikan ke Staf' })
    opener.focus()
    await fireEvent.click(opener)
    const dialog = await screen.findByRole('dialog', { name: 'Kembalikan ke Staf' })

    await fireEvent.keyDown(dialog, { key: 'Escape' })

    expect(screen.queryByRole('dialog')).toBeNull()
    expect(emitted().act).toBeUndefined()
    expect(document.activeElement).toBe(opener)
  })

  it('asks a reason for a withdrawal too, without notes per indicator', async () => {
    const { emitted } = formBar(['WITHDRAW'])
    await fireEvent.click(screen.getByRole('button', { name: 'Tarik kembali ke draf' }))

    await screen.findByRole('dialog', { name: 'Tarik kembali ke draf' })
    expect(screen.queryByRole('button', { name: 'Tambah catatan' })).toBeNull()
    await fireEvent.update(screen.getByLabelText('Alasan'), 'Ada indikator yang terlupa.')
    await fireEvent.click(screen.getByRole('button', { name: 'Tarik kembali' }))

    expect(emitted().act).toEqual([[{ transition: 'WITHDRAW', reason: 'Ada indikator yang terlupa.' }]])
  })

  it('sends the classification code given with the letter number, trimmed, and nothing when left empty', async () => {
    const { emitted } = formBar(['NUMBER'])
    await fireEvent.click(screen.getByRole('button', { name: 'Beri nomor surat' }))
    await fireEvent.update(screen.getByLabelText('Kode klasifikasi (opsional)'), ' 000.1.5 ')
    await fireEvent.click(screen.getByRole('button', { name: 'Beri nomor surat' }))

    expect(emitted().act).toEqual([[{ transition: 'NUMBER' }], [{ transition: 'NUMBER', input: '000.1.5' }]])
  })

  it('says what the server is doing while it numbers the letter and prints its copies, and nothing once done', async () => {
    const { rerender } = formBar(['NUMBER'])
    await fireEvent.click(screen.getByRole('button', { name: 'Beri nomor surat' }))
    expect(screen.queryByRole('status')).toBeNull()

    await rerender({ pending: true })
    expect(screen.getByRole('status').textContent).toMatch(/^Memberi nomor dan mencetak surat/)
    expect((screen.getByRole('button', { name: 'Beri nomor surat' }) as HTMLButtonElement).disabled).toBe(true)

    await rerender({ pending: false })
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('holds the actions back while there are unsaved changes, and says why', () => {
    formBar(['SUBMIT_FOR_CORRECTION'], 'Ada perubahan yang belum disimpan.')

    expect((screen.getByRole('button', { name: 'Kirim ke Kasubbag untuk dikoreksi' }) as HTMLButtonElement).disabled).toBe(true)
    expect(screen.getByText('Ada perubahan yang belum disimpan.')).toBeTruthy()
  })

  describe('for a unit’s data', () => {
    it('verifies at once, and carries no hash (the Sekcam verifies the round, not a version)', async () => {
      const { emitted } = submissionBar(['VERIFY', 'RETURN'])

      expect(buttons()).toEqual(['Verifikasi', 'Kembalikan'])
      expect(screen.queryByText(/menunggu keputusan Anda/)).toBeNull()
      await fireEvent.click(screen.getByRole('button', { name: 'Verifikasi' }))
      expect(emitted().act).toEqual([[{ transition: 'VERIFY' }]])
    })

    it('requires a reason to return, then sends it with notes per indicator and their kind', async () => {
      const { emitted } = submissionBar(['VERIFY', 'RETURN'])
      await fireEvent.click(screen.getByRole('button', { name: 'Kembalikan' }))
      const dialog = await screen.findByRole('dialog', { name: 'Kembalikan data ke unit kerja' })
      expect(dialog.textContent).toContain('Data Seksi Pemerintahan dikembalikan untuk diperbaiki.')

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
      const { emitted } = submissionBar(['MARK_NOT_SUBMITTED'])
      await fireEvent.click(screen.getByRole('button', { name: 'Tandai tidak menyampaikan' }))
      const dialog = await screen.findByRole('dialog', { name: 'Tandai tidak menyampaikan' })
      expect(within(dialog).queryByRole('button', { name: 'Tambah catatan' })).toBeNull()

      await fireEvent.update(within(dialog).getByLabelText('Alasan'), 'Tidak ada data sampai tenggat.')
      await fireEvent.click(within(dialog).getByRole('button', { name: 'Tandai tidak menyampaikan' }))

      expect(emitted().act).toEqual([[{ transition: 'MARK_NOT_SUBMITTED', reason: 'Tidak ada data sampai tenggat.' }]])
    })
  })

  describe('for the recap', () => {
    it('validates the version shown by its hash, and a return carries that hash with the reason', async () => {
      const { emitted } = recapBar(['VALIDATE', 'RETURN_TO_STAF'])

      await fireEvent.click(screen.getByRole('button', { name: 'Validasi' }))
      const review = await screen.findByRole('dialog', { name: 'Tinjau sebelum memvalidasi' })
      const confirm = await within(review).findByRole('button', { name: 'Validasi versi 4' })
      await vi.waitFor(() => expect((confirm as HTMLButtonElement).disabled).toBe(false))
      await fireEvent.click(confirm)
      await fireEvent.click(screen.getByRole('button', { name: 'Kembalikan ke Staf' }))
      const dialog = await screen.findByRole('dialog', { name: 'Kembalikan rekap ke Staf' })
      expect(within(dialog).queryByRole('button', { name: 'Tambah catatan' })).toBeNull()
      await fireEvent.update(within(dialog).getByLabelText('Alasan'), 'Nilai S2.3 belum sesuai.')
      await fireEvent.click(within(dialog).getByRole('button', { name: 'Kembalikan' }))

      expect(emitted().act).toEqual([
        [{ transition: 'VALIDATE', contentSha256: HASH }],
        [{ transition: 'RETURN_TO_STAF', contentSha256: HASH, reason: 'Nilai S2.3 belum sesuai.' }],
      ])
    })

    it('offers a ralat of a signed recap as the API does, with what it means, asking a reason', async () => {
      const { emitted } = recapBar(['RALAT'])

      expect(screen.getByText(/Ralat membuat versi baru/)).toBeTruthy()
      expect(screen.queryByText(/menunggu keputusan Anda/)).toBeNull()
      const ralat = screen.getByRole('button', { name: 'Ralat' })
      expect(ralat.className).not.toContain('button--danger')
      await fireEvent.click(ralat)
      const dialog = await screen.findByRole('dialog', { name: 'Mulai ralat' })
      await fireEvent.update(within(dialog).getByLabelText('Alasan'), 'Nilai SAKIP final.')
      await fireEvent.click(within(dialog).getByRole('button', { name: 'Mulai ralat' }))

      expect(emitted().act).toEqual([[{ transition: 'RALAT', reason: 'Nilai SAKIP final.' }]])
    })
  })
})
