import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/vue'
import NoteList from './NoteList.vue'
import type { Schemas } from '../api/client'

const note = (id: number, formVersion: number, text: string): Schemas['NoteView'] =>
  ({ id, formVersion, text, authorCapacity: 'Kepala Subbagian Umum', createdAt: '2026-11-20T02:00:00Z' }) as Schemas['NoteView']

describe('NoteList', () => {
  afterEach(() => cleanup())

  it('shows only the notes on the version shown as open; those answered by a newer version fold away', () => {
    render(NoteList, { props: { notes: [note(1, 2, 'Target S1.1 terlalu rendah'), note(2, 4, 'Perihal belum sesuai')], currentVersion: 4 } })
    const list = screen.getByRole('note', { name: 'Catatan koreksi' })
    const openNotes = [...list.querySelectorAll(':scope > ul > li .notes__text')].map((n) => n.textContent)
    expect(openNotes).toEqual(['Perihal belum sesuai'])
    const earlier = list.querySelector('details')!
    expect(earlier.open).toBe(false)
    expect(earlier.querySelector('summary')?.textContent).toBe('Catatan atas versi sebelumnya (1), sudah ditanggapi dengan versi 4')
    expect(earlier.textContent).toContain('Target S1.1 terlalu rendah')
  })

  it('shows every note as open where no version is given (while the Staf edits)', () => {
    render(NoteList, { props: { notes: [note(1, 2, 'Target S1.1 terlalu rendah')] } })
    expect(screen.getByRole('note').querySelector('details')).toBeNull()
    expect(screen.getByText('Target S1.1 terlalu rendah')).toBeTruthy()
  })
})
