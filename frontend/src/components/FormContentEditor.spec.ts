import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/vue'
import { defineComponent, h, ref } from 'vue'
import FormContentEditor from './FormContentEditor.vue'
import { pathErrors } from '../api/problems'
import { demoContent, demoUnits } from '../testing/demoForm'
import type { Schemas } from '../api/client'

/** Renders the editor bound to a content it can change; returns that content. */
function renderEditor(errors: Record<string, string> = {}, notes: Schemas['NoteView'][] = []) {
  const content = ref(demoContent())
  const Host = defineComponent(() => () =>
    h(FormContentEditor, {
      modelValue: content.value,
      'onUpdate:modelValue': (value: Schemas['FormContent']) => (content.value = value),
      units: demoUnits,
      errors,
      notes,
    }),
  )
  render(Host)
  return content
}

function errorOf(input: HTMLElement): string | null {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? []
  return ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('field-error'))?.textContent ?? null
}

describe('FormContentEditor', () => {
  afterEach(() => cleanup())

  it('shows an error with a path such as sasaran[0].indicators[1].target at that indicator\'s input', () => {
    const errors = pathErrors({
      errors: [
        { field: 'sasaran[0].indicators[1].target', code: 'PERCENT_OVER_100', message: '' },
        { field: 'sasaran[1].indicators[0].reportingUnitIds', code: 'TOO_FEW', params: { min: '1' }, message: '' },
        { field: 'sasaran[1].code', code: 'DUPLICATE_CODE', params: { code: 'S1' }, message: '' },
        { field: 'letter.deadline', code: 'LETTER_DEADLINE_MISSING', message: '' },
        { field: 'letter.addresseeUnitIds[2]', code: 'LISTED_TWICE', message: '' },
      ],
    })
    renderEditor(errors)

    const s12 = within(screen.getByRole('group', { name: 'Indikator S1.2' }))
    const target = s12.getByLabelText('Target')
    expect(target.getAttribute('aria-invalid')).toBe('true')
    expect(errorOf(target)).toBe('Persentase tidak boleh lebih dari 100.')

    // the same field of the other indicators stays clean
    for (const code of ['S1.1', 'S2.1']) {
      const other = within(screen.getByRole('group', { name: `Indikator ${code}` })).getByLabelText('Target')
      expect(other.getAttribute('aria-invalid')).toBeNull()
      expect(errorOf(other)).toBeNull()
    }
    expect(s12.getByLabelText('Satuan').getAttribute('aria-invalid')).toBeNull()

    const s21Units = within(screen.getByRole('group', { name: 'Indikator S2.1' })).getByRole('group', { name: 'Unit pelapor' })
    expect(s21Units.textContent).toContain('Pilih paling sedikit satu unit.')
    const s2 = within(screen.getByRole('group', { name: 'Sasaran S2' }))
    expect(errorOf(s2.getByLabelText('Kode sasaran'))).toBe('Kode S1 sudah dipakai.')
    expect(errorOf(screen.getByLabelText('Tenggat'))).toBe('Tenggat bagi unit kerja wajib diisi.')
    expect(screen.getByRole('group', { name: 'Unit tujuan' }).textContent).toContain('Tercantum dua kali.')
  })

  it('shows correction notes next to the indicator they concern', () => {
    renderEditor({}, [
      { id: 1, formVersion: 2, indicatorCode: 'S1.2', text: 'Turunkan target.', authorCapacity: 'Kepala Subbag Perencanaan dan Keuangan', createdAt: '2026-11-26T02:00:00Z' },
    ])

    expect(within(screen.getByRole('group', { name: 'Indikator S1.2' })).getByRole('note').textContent).toContain('Turunkan target.')
    expect(within(screen.getByRole('group', { name: 'Indikator S1.1' })).queryByRole('note')).toBeNull()
  })

  it('edits, adds, moves and removes indicators and sasaran', async () => {
    const content = renderEditor()

    await fireEvent.update(within(screen.getByRole('group', { name: 'Indikator S1.1' })).getByLabelText('Target'), '85')
    expect(content.value.sasaran[0].indicators[0].target).toBe(85)

    await fireEvent.click(screen.getByRole('button', { name: 'Turunkan indikator S1.1' }))
    expect(content.value.sasaran[0].indicators.map((i) => i.code)).toEqual(['S1.2', 'S1.1'])
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Naikkan indikator S1.1' }))

    await fireEvent.click(screen.getByRole('button', { name: 'Tambah indikator pada sasaran S1' }))
    expect(content.value.sasaran[0].indicators.map((i) => i.code)).toEqual(['S1.2', 'S1.1', 'S1.3'])

    await fireEvent.click(screen.getByRole('button', { name: 'Hapus indikator S1.2' }))
    expect(content.value.sasaran[0].indicators.map((i) => i.code)).toEqual(['S1.1', 'S1.3'])

    await fireEvent.click(screen.getByRole('button', { name: 'Naikkan sasaran S2' }))
    expect(content.value.sasaran.map((s) => s.code)).toEqual(['S2', 'S1'])

    await fireEvent.click(screen.getByRole('button', { name: 'Tambah sasaran' }))
    expect(content.value.sasaran.map((s) => s.code)).toEqual(['S2', 'S1', 'S3'])

    await fireEvent.click(screen.getByRole('button', { name: 'Hapus sasaran S1 beserta indikatornya' }))
    expect(content.value.sasaran.map((s) => s.code)).toEqual(['S2', 'S3'])
  })

  it('asks for a target in words for a text indicator', async () => {
    const content = renderEditor()
    const s11 = within(screen.getByRole('group', { name: 'Indikator S1.1' }))

    await fireEvent.update(s11.getByLabelText('Jenis data'), 'text')

    expect(s11.queryByLabelText('Target')).toBeNull()
    await fireEvent.update(s11.getByLabelText('Target (teks)'), 'Tersedia')
    expect(content.value.sasaran[0].indicators[0].targetText).toBe('Tersedia')
  })
})
