import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import { createPinia, setActivePinia } from 'pinia'
import ArchiveDownload from './ArchiveDownload.vue'
import RecapExports from './RecapExports.vue'
import { fakeApi, problem } from '../testing/fakeApi'
import { sizeLabel } from '../api/archive'

/** A body that arrives in two parts, the second only when `release` is called. */
function slowZip() {
  let release = () => {}
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new Uint8Array(300 * 1024))
      release = () => {
        controller.enqueue(new Uint8Array(1024 * 1024))
        controller.close()
      }
    },
  })
  return { body, release: () => release() }
}

describe('the archive bundle and the recap exports', () => {
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('shows how much of the streamed archive has arrived, then the file it saved', async () => {
    setActivePinia(createPinia())
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:arsip'), revokeObjectURL: vi.fn() }))
    const zip = slowZip()
    fakeApi({
      'GET /api/v1/cycles/7/archive': () => new Response(zip.body, {
        headers: { 'Content-Type': 'application/zip', 'Content-Disposition': 'attachment; filename="arsip-data-kinerja-2026-bulu.zip"' },
      }),
    })
    render(ArchiveDownload, { props: { cycleId: 7, year: 2026 } })

    await fireEvent.click(screen.getByRole('button', { name: 'Unduh arsip 2026 (ZIP)' }))
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('Mengunduh arsip… 300 KB diterima'))
    expect((screen.getByRole('button', { name: 'Unduh arsip 2026 (ZIP)' }) as HTMLButtonElement).disabled).toBe(true)
    zip.release()
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('Arsip telah diunduh: arsip-data-kinerja-2026-bulu.zip.'))
  })

  it('says in Indonesian why the archive was refused, and nothing is saved', async () => {
    setActivePinia(createPinia())
    const save = vi.fn(() => 'blob:x')
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: save, revokeObjectURL: vi.fn() }))
    fakeApi({
      'GET /api/v1/cycles/7/archive': () => problem('forbidden', 403),
    })
    render(ArchiveDownload, { props: { cycleId: 7, year: 2026 } })
    await fireEvent.click(screen.getByRole('button', { name: 'Unduh arsip 2026 (ZIP)' }))
    expect((await screen.findByRole('alert')).textContent).toMatch(/\w/)
    expect(screen.queryByRole('status')).toBeNull()
    expect(save).not.toHaveBeenCalled()
  })

  it('downloads the recap table as XLSX or CSV', async () => {
    setActivePinia(createPinia())
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:rekap'), revokeObjectURL: vi.fn() }))
    const asked: string[] = []
    fakeApi({
      'GET /api/v1/recaps/4/export': (request: Request) => {
        asked.push(new URL(request.url).search)
        return new Response('PK', { headers: { 'Content-Disposition': 'attachment; filename="rekap-data-kinerja-2026-bulu.xlsx"' } })
      },
    })
    render(RecapExports, { props: { recapId: 4 } })
    await fireEvent.click(screen.getByRole('button', { name: 'Unduh Excel (XLSX)' }))
    expect((await screen.findByRole('status')).textContent).toBe('Tabel rekap telah diunduh: rekap-data-kinerja-2026-bulu.xlsx.')
    expect(asked).toEqual(['?format=xlsx'])
  })

  it('says sizes the Indonesian way', () => {
    expect(sizeLabel(300 * 1024)).toBe('300 KB')
    expect(sizeLabel(1.5 * 1024 * 1024)).toBe('1,5 MB')
  })
})
