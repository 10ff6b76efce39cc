import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import { createPinia, setActivePinia } from 'pinia'
import LetterheadCard from './LetterheadCard.vue'
import { fakeApi, json, problem } from '../testing/fakeApi'
import type { Letterhead } from '../api/letterhead'

const bulu: Letterhead = {
  government: 'PEMERINTAH KABUPATEN SUKOHARJO',
  office: 'KECAMATAN BULU',
  address: 'Jalan Raya Bulu No. 1',
  place: 'Bulu',
  tembusan: ['Bupati Sukoharjo (sebagai laporan)'],
  hasLogo: false,
}

function show(canManage = true) {
  setActivePinia(createPinia())
  render(LetterheadCard, { props: { kecamatanId: 1, canManage } })
}

describe('LetterheadCard', () => {
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('saves the lines and the tembusan one per line, with the ETag it read', async () => {
    const sent: { ifMatch: string | null; body: unknown }[] = []
    fakeApi({
      'GET /api/v1/kecamatan/1/letterhead': () => json(bulu, 200, { ETag: '"3"' }),
      'PUT /api/v1/kecamatan/1/letterhead': async (request: Request) => {
        sent.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() })
        return json({ ...bulu, contact: 'Telepon (0271) 1', tembusan: ['Bupati Sukoharjo', 'Arsip'] }, 200, { ETag: '"4"' })
      },
    })
    show()
    await screen.findByText('KECAMATAN BULU')
    await fireEvent.update(screen.getByLabelText('Kontak'), 'Telepon (0271) 1')
    await fireEvent.update(screen.getByLabelText('Tembusan'), ' Bupati Sukoharjo \n\nArsip\n')
    await fireEvent.click(screen.getByRole('button', { name: 'Simpan kop surat' }))

    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Kop surat telah disimpan/))
    expect(sent).toEqual([{
      ifMatch: '"3"',
      body: { address: 'Jalan Raya Bulu No. 1', contact: 'Telepon (0271) 1', place: 'Bulu', tembusan: ['Bupati Sukoharjo', 'Arsip'] },
    }])
    expect(screen.getByText('Telepon (0271) 1')).toBeTruthy()
  })

  it('reloads what someone else saved when its version moved (412), and says so', async () => {
    fakeApi({
      'GET /api/v1/kecamatan/1/letterhead': [
        () => json(bulu, 200, { ETag: '"3"' }),
        () => json({ ...bulu, address: 'Jalan Baru 2' }, 200, { ETag: '"5"' }),
      ],
      'PUT /api/v1/kecamatan/1/letterhead': () => problem('precondition-failed', 412),
    })
    show()
    await screen.findByText('KECAMATAN BULU')
    await fireEvent.click(screen.getByRole('button', { name: 'Simpan kop surat' }))
    await vi.waitFor(() => expect((screen.getByLabelText('Alamat') as HTMLInputElement).value).toBe('Jalan Baru 2'))
  })

  it('uploads the logo as its bytes with its type, and shows it', async () => {
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:logo'), revokeObjectURL: vi.fn() }))
    const uploads: { type: string | null; size: number }[] = []
    fakeApi({
      'GET /api/v1/kecamatan/1/letterhead': () => json(bulu, 200, { ETag: '"3"' }),
      'PUT /api/v1/kecamatan/1/letterhead/logo': async (request: Request) => {
        const bytes = await request.arrayBuffer()
        uploads.push({ type: request.headers.get('Content-Type'), size: bytes.byteLength })
        return json({ ...bulu, hasLogo: true, logoType: 'image/png' }, 200, { ETag: '"4"' })
      },
      'GET /api/v1/kecamatan/1/letterhead/logo': () => new Response(new Uint8Array([137, 80]), { headers: { 'Content-Type': 'image/png' } }),
    })
    show()
    await screen.findByText('KECAMATAN BULU')
    const file = new File([new Uint8Array(10)], 'logo.png', { type: 'image/png' })
    const input = screen.getByLabelText('Logo (PNG atau JPEG, paling besar 512 KB)') as HTMLInputElement
    // the browser's English "Choose File" is covered by an Indonesian button; the input keeps its label
    expect(input.classList.contains('file-picker__input')).toBe(true)
    expect(input.parentElement!.textContent).toContain('Pilih berkas')
    expect(input.parentElement!.textContent).toContain('Belum ada berkas dipilih')
    Object.defineProperty(input, 'files', { value: [file] })
    await fireEvent.change(input)
    await fireEvent.click(screen.getByRole('button', { name: 'Unggah logo' }))

    expect(await screen.findByRole('img', { name: 'Logo kop surat' })).toBeTruthy()
    expect(uploads).toEqual([{ type: 'image/png', size: 10 }])
    expect(screen.getByRole('button', { name: 'Hapus logo' })).toBeTruthy()
  })

  it('shows the kop surat without a form to those who may not change it', async () => {
    fakeApi({ 'GET /api/v1/kecamatan/1/letterhead': () => json(bulu, 200, { ETag: '"3"' }) })
    show(false)
    await screen.findByText('KECAMATAN BULU')
    expect(screen.queryByRole('button', { name: 'Simpan kop surat' })).toBeNull()
    expect(screen.getByText('Bupati Sukoharjo (sebagai laporan)')).toBeTruthy()
  })
})
