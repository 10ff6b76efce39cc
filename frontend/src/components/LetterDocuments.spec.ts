import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import { createPinia, setActivePinia } from 'pinia'
import LetterDocuments from './LetterDocuments.vue'
import { fakeApi, json } from '../testing/fakeApi'
import type { IssuedDocument } from '../api/issued'

const letter: IssuedDocument = {
  id: 5,
  kind: 'LETTER',
  title: 'Surat pemberitahuan pengisian data kinerja',
  sourceType: 'form',
  sourceId: 2,
  sourceVersion: 3,
  sourceSha256: 'a'.repeat(64),
  code: '7K3M-9QXD-2HVA',
  verifyUrl: 'https://kinerja.example.go.id/verify/7K3M-9QXD-2HVA',
  sha256: 'b'.repeat(64),
  sizeBytes: 48_000,
  pages: 2,
  signature: 'NONE',
  pdfPath: 'v1/documents/5/pdf',
  createdAt: '2026-12-02T03:00:00Z',
}
const copy: IssuedDocument = { ...letter, id: 6, kind: 'LETTER_COPY', code: 'QQQQ-RRRR-SSSS', addresseeUnitId: 3, addressee: 'Kepala Seksi Pemerintahan' }

function show(numbered: boolean) {
  setActivePinia(createPinia())
  render(LetterDocuments, { props: { formId: 2, refreshKey: 1, numbered }, global: { plugins: [createPinia()] } })
}

describe('LetterDocuments', () => {
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('opens the preview of the version being approved before the letter has a number', async () => {
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:pratinjau'), revokeObjectURL: vi.fn() }))
    const api = fakeApi({
      'GET /api/v1/forms/2/letter-preview': () => new Response('%PDF-1.7', { headers: { 'Content-Type': 'application/pdf' } }),
    })
    show(false)
    expect(screen.getByText(/nomor dan tanggal diisi saat penomoran/)).toBeTruthy()
    await fireEvent.click(screen.getByRole('button', { name: 'Pratinjau surat (PDF)' }))
    const link = await screen.findByRole('link', { name: 'Buka pratinjau di tab baru' })
    expect(link.getAttribute('href')).toBe('blob:pratinjau')
    expect(api.callsTo('GET /api/v1/forms/2/documents')).toHaveLength(0)
  })

  it('lists the issued letter and the units’ copies with their verification codes', async () => {
    fakeApi({ 'GET /api/v1/forms/2/documents': () => json([letter, copy]) })
    show(true)
    expect(await screen.findByText('Surat (asli)')).toBeTruthy()
    expect(screen.getByText('Salinan untuk Kepala Seksi Pemerintahan')).toBeTruthy()
    expect(screen.getByText('7K3M-9QXD-2HVA')).toBeTruthy()
    const verify = screen.getAllByRole('link', { name: 'Halaman verifikasi' })
    expect(verify[0].getAttribute('href')).toBe(letter.verifyUrl)
    expect(screen.getAllByRole('button', { name: 'Unduh PDF' })).toHaveLength(2)
  })
})
