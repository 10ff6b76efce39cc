import { afterEach, describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/vue'
import SubmissionEditor from './SubmissionEditor.vue'
import { demoSubmission } from '../testing/demoKinerja'
import { submissionDraft } from '../lib/submissionDraft'
import type { Schemas } from '../api/client'

/** The draft is the page's: here a reactive copy, as useDocument keeps it. */
function renderEditor(submission: Schemas['SubmissionView'] = demoSubmission(), errors: Record<string, string> = {}) {
  return render(SubmissionEditor, { props: { submission, errors, draft: reactive(submissionDraft(submission)) } })
}

const group = (code: string) => screen.getByRole('group', { name: new RegExp(`^Indikator ${code.replace('.', '\\.')} `) })
const sampaikan = () => screen.getByRole('button', { name: 'Sampaikan' }) as HTMLButtonElement

describe('SubmissionEditor', () => {
  afterEach(() => cleanup())

  it("shows the verifier's note next to the indicator it concerns, and the general note apart", () => {
    renderEditor()

    const note = within(group('S2.2')).getByRole('note', { name: 'Catatan Sekcam untuk indikator S2.2' })
    expect(note.textContent).toContain('Tidak konsisten:')
    expect(note.textContent).toContain('Dari 12 desa, 11 menetapkan APBDes tepat waktu.')
    expect(note.textContent).toContain('Sekretaris Kecamatan Bulu')
    expect(within(group('S2.1')).queryByRole('note')).toBeNull()
    expect(within(group('S2.3')).queryByRole('note')).toBeNull()
  })

  it('types each input as the form says, with the target beside it', () => {
    renderEditor()

    const percent = within(group('S2.1')).getByLabelText('Realisasi (%)') as HTMLInputElement
    // a text field with a decimal keypad: the browser's number field would read "84,2" its own way
    expect(percent.type).toBe('text')
    expect(percent.inputMode).toBe('decimal')
    expect(percent.value).toBe('100')
    expect(within(group('S2.1')).getByText('100 %')).toBeTruthy()

    const count = within(group('S2.3')).getByLabelText('Realisasi (desa)') as HTMLInputElement
    expect(count.inputMode).toBe('numeric')
    expect(within(group('S2.3')).getByText('Bilangan bulat.')).toBeTruthy()
    expect(within(group('S2.3')).getByText('12 desa')).toBeTruthy()

    const yesNo = within(group('S4.3')).getByRole('group', { name: 'Realisasi' })
    const radios = within(yesNo).getAllByRole('radio') as HTMLInputElement[]
    expect(radios.map((r) => r.labels?.[0]?.textContent)).toEqual(['Ya/Ada', 'Tidak'])
    expect(radios.map((r) => r.value)).toEqual(['1', '0'])
    expect(within(group('S4.3')).getByText('Ya/Ada', { selector: 'dd' })).toBeTruthy()

    const text = within(group('S4.9')).getByLabelText('Realisasi')
    expect(text.tagName).toBe('TEXTAREA')
    expect(within(group('S4.9')).getByText('Diuraikan')).toBeTruthy()
  })

  it('lists what is missing and holds "Sampaikan" back until nothing is', async () => {
    renderEditor()

    const missing = screen.getByRole('region', { name: 'Kelengkapan data' })
    expect(missing.textContent).toContain('S4.3 — Tersedianya laporan monitoring Dana Desa: bukti dukung belum dilampirkan')
    expect(missing.textContent).toContain('S4.9 — Uraian kendala pembinaan desa: realisasi belum diisi')
    expect(sampaikan().disabled).toBe(true)
    expect(screen.getByText('Lengkapi data di atas terlebih dahulu.')).toBeTruthy()
  })

  it('allows "Sampaikan" when nothing is missing, but not with unsaved changes', async () => {
    const { emitted } = renderEditor(demoSubmission({ missing: [] }))

    expect(screen.getByRole('region', { name: 'Kelengkapan data' }).textContent).toContain('Semua indikator telah diisi')
    expect(sampaikan().disabled).toBe(false)
    await fireEvent.click(sampaikan())
    expect(emitted().submit).toHaveLength(1)

    await fireEvent.update(within(group('S2.2')).getByLabelText('Realisasi (%)'), '91.67')
    expect(sampaikan().disabled).toBe(true)
    expect(screen.getByText(/Ada perubahan yang belum disimpan\. Simpan terlebih dahulu/)).toBeTruthy()
  })

  it('offers no "Sampaikan" to a member who may only save', () => {
    renderEditor(demoSubmission({ transitions: [], verbs: ['submission.read', 'submission.edit'] }))

    expect(screen.queryByRole('button', { name: 'Sampaikan' })).toBeNull()
    expect(screen.getByText(/Kepala unit kerja yang menyampaikan data ini/)).toBeTruthy()
  })

  it("shows the API's errors at the indicator they concern, by the path of the value sent", () => {
    renderEditor(demoSubmission(), { 'values[1].value': 'Persentase tidak boleh lebih dari 100.', 'values[2].remark': 'Paling banyak 2000 karakter.', remarks: 'Wajib diisi.' })

    expect(within(group('S2.2')).getByLabelText('Realisasi (%)').getAttribute('aria-invalid')).toBe('true')
    expect(within(group('S2.2')).getByText('Persentase tidak boleh lebih dari 100.')).toBeTruthy()
    expect(within(group('S2.3')).getByLabelText('Keterangan (opsional)').getAttribute('aria-invalid')).toBe('true')
    expect(within(group('S2.1')).queryByText('Persentase tidak boleh lebih dari 100.')).toBeNull()
    expect(screen.getByLabelText('Keterangan umum (opsional)').getAttribute('aria-invalid')).toBe('true')
  })

  it('undoes what was typed with "Batalkan perubahan"', async () => {
    renderEditor()
    const input = within(group('S2.2')).getByLabelText('Realisasi (%)') as HTMLInputElement

    await fireEvent.update(input, '50')
    expect(screen.getByText('Ada perubahan yang belum disimpan.')).toBeTruthy()
    await fireEvent.click(screen.getByRole('button', { name: 'Batalkan perubahan' }))

    expect(input.value).toBe('100')
    expect(screen.queryByText('Ada perubahan yang belum disimpan.')).toBeNull()
  })

  it('saves every indicator typed: numbers, yes/no as 1 or 0, text, and the remarks', async () => {
    const { emitted } = renderEditor()

    await fireEvent.update(within(group('S2.2')).getByLabelText('Realisasi (%)'), '91.67')
    await fireEvent.click(within(group('S4.3')).getByLabelText('Tidak'))
    await fireEvent.update(within(group('S4.9')).getByLabelText('Realisasi'), 'Dua desa terlambat.')
    await fireEvent.update(within(group('S2.3')).getByLabelText('Keterangan (opsional)'), 'Seluruh desa.')
    await fireEvent.update(screen.getByLabelText('Keterangan umum (opsional)'), 'Data per 31 Desember.')
    await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }))

    expect(emitted().save).toEqual([
      [
        {
          remarks: 'Data per 31 Desember.',
          values: [
            { indicatorCode: 'S2.1', value: 100 },
            { indicatorCode: 'S2.2', value: 91.67 },
            { indicatorCode: 'S2.3', value: 12, remark: 'Seluruh desa.' },
            { indicatorCode: 'S4.3', value: 0 },
            { indicatorCode: 'S4.9', text: 'Dua desa terlambat.' },
          ],
        },
      ],
    ])
  })

  it('saves "84,2" as 84.2 and shows "1234.5" back as "1.234,5"', async () => {
    const { emitted } = renderEditor()
    const percent = within(group('S2.2')).getByLabelText('Realisasi (%)') as HTMLInputElement

    await fireEvent.update(percent, '84,2')
    await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }))
    const sent = (emitted().save as [Schemas['SubmissionSaveRequest']][])[0][0]
    expect(sent.values.find((v) => v.indicatorCode === 'S2.2')?.value).toBe(84.2)

    await fireEvent.update(percent, '84.25')
    await fireEvent.blur(percent)
    expect(percent.value).toBe('84,25')
  })

  it('refuses a text that is not a number: says why at the field, saves nothing and holds "Sampaikan" back', async () => {
    const { emitted } = renderEditor(demoSubmission({ missing: [] }))
    const percent = within(group('S2.2')).getByLabelText('Realisasi (%)') as HTMLInputElement

    await fireEvent.update(percent, '1,234.5')
    await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }))

    expect(emitted().save).toBeUndefined()
    expect(percent.getAttribute('aria-invalid')).toBe('true')
    // nor can the saved value be sent on while the field shows something else
    expect(sampaikan().disabled).toBe(true)
    expect(screen.getByText(/Ada angka yang tidak dapat dibaca/)).toBeTruthy()
    expect(within(group('S2.2')).getByText(/titik untuk ribuan, koma untuk desimal/)).toBeTruthy()
    expect(document.activeElement).toBe(percent)
  })

  it('refuses decimals for a count indicator', async () => {
    const { emitted } = renderEditor()
    const count = within(group('S2.3')).getByLabelText('Realisasi (desa)') as HTMLInputElement

    await fireEvent.update(count, '11,5')
    await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }))

    expect(emitted().save).toBeUndefined()
    expect(within(group('S2.3')).getByText('Indikator ini berupa jumlah: isi dengan bilangan bulat, tanpa desimal.')).toBeTruthy()
  })

  it('asks before saving a capaian over 200 %, and saves once the user confirms', async () => {
    const { emitted } = renderEditor()

    // "1.000" is a thousand, ten times the target of 100 %
    await fireEvent.update(within(group('S2.2')).getByLabelText('Realisasi (%)'), '1.000')
    await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }))

    const dialog = screen.getByRole('dialog', { name: 'Periksa kembali nilai yang tidak biasa' })
    expect(dialog.textContent).toContain('S2.2: 1.000 % — capaian 1.000 % dari target 100')
    expect(emitted().save).toBeUndefined()
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Periksa lagi' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(emitted().save).toBeUndefined()

    await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }))
    await fireEvent.click(screen.getByRole('button', { name: 'Ya, nilai sudah benar' }))
    const sent = (emitted().save as [Schemas['SubmissionSaveRequest']][])[0][0]
    expect(sent.values.find((v) => v.indicatorCode === 'S2.2')?.value).toBe(1000)
  })
})
