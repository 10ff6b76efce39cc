import { api, send } from './client'
import { filenameOf, saveBlob } from './monitoring'

/** The archive bundle of a cycle and the recap's spreadsheet exports. */

export const ARCHIVE_READ = 'archive.read' as const

/**
 * Saves the cycle's archive bundle (ZIP). The server streams it as it writes it, so its size is not
 * known ahead: `progress` hears the bytes received so far as they arrive.
 */
export async function downloadArchive(cycleId: number, progress: (bytes: number) => void): Promise<string> {
  const { data, response } = await send(
    api.GET('/api/v1/cycles/{cycleId}/archive', { params: { path: { cycleId } }, parseAs: 'stream' }),
  )
  const reader = (data as unknown as ReadableStream<Uint8Array>).getReader()
  const chunks: Uint8Array[] = []
  let received = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    received += value.length
    progress(received)
  }
  const filename = filenameOf(response.headers.get('Content-Disposition'), `arsip-siklus-${cycleId}.zip`)
  saveBlob(new Blob(chunks as BlobPart[], { type: 'application/zip' }), filename)
  return filename
}

/** Saves the recap's table as CSV or XLSX. */
export async function downloadRecapExport(recapId: number, format: 'csv' | 'xlsx'): Promise<string> {
  const { data, response } = await send(
    api.GET('/api/v1/recaps/{recapId}/export', { params: { path: { recapId }, query: { format } }, parseAs: 'blob' }),
  )
  const filename = filenameOf(response.headers.get('Content-Disposition'), `rekap-${recapId}.${format}`)
  saveBlob(data as unknown as Blob, filename)
  return filename
}

/** "1,2 MB", "350 KB": how much of a download has arrived. */
export function sizeLabel(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('id-ID')} KB`
  return `${(bytes / (1024 * 1024)).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`
}
