import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import FormActions from './FormActions.vue'
import type { FormTransition } from '../lib/formLabels'

const indicators = [
  { code: 'S1.1', name: 'Indeks Kepuasan Masyarakat' },
  { code: 'S1.2', name: 'Persentase layanan tepat waktu' },
]

function renderBar(transitions: FormTransition[]) {
  return render(FormActions, {
    props: { transitions, versionNumber: 3, contentSha256: '0123456789abcdef'.repeat(4), indicators },
  })
}

describe('FormActions', () => {
  afterEach(() => cleanup())

  it('offers exactly the transitions the API returned', () => {
    renderBar(['PARAF', 'REFUSE_PARAF'])

    const buttons = screen.getAllByRole('button').map((b) => b.textContent?.trim())
    expect(buttons).toEqual(['Beri paraf', 'Tolak paraf'])
    expect(screen.queryByRole('button', { name: 'Tanda tangani' })).toBeNull()
    expect(screen.queryByRole('button', { name: /Kirim ke Kasubbag/ })).toBeNull()
    expect(screen.getByText(/Anda menyetujui versi 3/).textContent).toContain('0123456789…')
  })

  it('offers nothing, and says so, when the API returns no transition', () => {
    renderBar([])

    expect(screen.queryAllByRole('button')).toHaveLength(0)
    expect(screen.getByText('Tidak ada tindakan untuk Anda pada tahap ini.')).toBeTruthy()
    expect(screen.queryByText(/Anda menyetujui/)).toBeNull()
  })

  it('sends an approval at once, without asking for a reason', async () => {
    const { emitted } = renderBar(['SIGN', 'REFUSE_SIGNATURE'])

    await fireEvent.click(screen.getByRole('button', { name: 'Tanda tangani' }))

    expect(screen.queryByRole('dialog')).toBeNull()
    expect(emitted().act).toEqual([[{ transition: 'SIGN' }]])
  })

  it('asks for a reason in a dialog before refusing, and sends it with the notes', async () => {
    const { emitted } = renderBar(['SIGN', 'REFUSE_SIGNATURE'])
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
    await fireEvent.update(screen.getByLabelText('Catatan 1 untuk'), 'S1.2')
    await fireEvent.update(screen.getByLabelText('Isi catatan 1'), 'Target terlalu tinggi.')
    await fireEvent.click(screen.getByRole('button', { name: 'Kirim keputusan "Tidak"' }))

    expect(emitted().act).toEqual([
      [
        {
          transition: 'REFUSE_SIGNATURE',
          reason: 'Tenggat terlalu dekat.',
          notes: [{ indicatorCode: 'S1.2', text: 'Target terlalu tinggi.' }],
        },
      ],
    ])
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('closes the reason dialog with Esc, sends nothing and gives the focus back', async () => {
    const { emitted } = renderBar(['FORWARD_TO_SEKCAM', 'RETURN_TO_STAF'])
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
    const { emitted } = renderBar(['WITHDRAW'])
    await fireEvent.click(screen.getByRole('button', { name: 'Tarik kembali ke draf' }))

    await screen.findByRole('dialog', { name: 'Tarik kembali ke draf' })
    expect(screen.queryByRole('button', { name: 'Tambah catatan' })).toBeNull()
    await fireEvent.update(screen.getByLabelText('Alasan'), 'Ada indikator yang terlupa.')
    await fireEvent.click(screen.getByRole('button', { name: 'Tarik kembali' }))

    expect(emitted().act).toEqual([[{ transition: 'WITHDRAW', reason: 'Ada indikator yang terlupa.' }]])
  })

  it('holds the actions back while there are unsaved changes', () => {
    render(FormActions, {
      props: {
        transitions: ['SUBMIT_FOR_CORRECTION'],
        versionNumber: 1,
        contentSha256: 'f'.repeat(64),
        indicators,
        blocked: 'Ada perubahan yang belum disimpan.',
      },
    })

    expect((screen.getByRole('button', { name: 'Kirim ke Kasubbag untuk dikoreksi' }) as HTMLButtonElement).disabled).toBe(true)
    expect(screen.getByText('Ada perubahan yang belum disimpan.')).toBeTruthy()
  })
})

