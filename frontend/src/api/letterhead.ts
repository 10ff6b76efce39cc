import { api, send, type Schemas } from './client'

/** The kecamatan's kop surat: its lines and tembusan (JSON, If-Match) and its logo (PNG or JPEG). */

export type Letterhead = Schemas['Letterhead']
export type LetterheadSettings = Schemas['LetterheadSettings']

export interface Read {
  letterhead: Letterhead
  etag: string
}

function read(result: { data: Letterhead; response: Response }): Read {
  return { letterhead: result.data, etag: result.response.headers.get('ETag') ?? '' }
}

export async function getLetterhead(kecamatanId: number): Promise<Read> {
  return read(await send(api.GET('/api/v1/kecamatan/{kecamatanId}/letterhead', { params: { path: { kecamatanId } } })))
}

export async function setLetterhead(kecamatanId: number, etag: string, body: LetterheadSettings): Promise<Read> {
  return read(
    await send(
      api.PUT('/api/v1/kecamatan/{kecamatanId}/letterhead', {
        params: { path: { kecamatanId }, header: { 'If-Match': etag } },
        body,
      }),
    ),
  )
}

/** Uploads the logo as its own bytes (the server checks the content, not the name). */
export async function setLogo(kecamatanId: number, etag: string, file: File): Promise<Read> {
  const bytes = await file.arrayBuffer()
  return read(
    await send(
      api.PUT('/api/v1/kecamatan/{kecamatanId}/letterhead/logo', {
        params: { path: { kecamatanId }, header: { 'If-Match': etag } },
        body: bytes as never,
        bodySerializer: (b: unknown) => b as ArrayBuffer,
        headers: { 'Content-Type': file.type || 'application/octet-stream' },
      }),
    ),
  )
}

export async function deleteLogo(kecamatanId: number, etag: string): Promise<Read> {
  return read(
    await send(
      api.DELETE('/api/v1/kecamatan/{kecamatanId}/letterhead/logo', {
        params: { path: { kecamatanId }, header: { 'If-Match': etag } },
      }),
    ),
  )
}

/** The logo as a blob URL for an <img>. */
export async function logoUrl(kecamatanId: number): Promise<string> {
  const { data } = await send(
    api.GET('/api/v1/kecamatan/{kecamatanId}/letterhead/logo', { params: { path: { kecamatanId } }, parseAs: 'blob' }),
  )
  return URL.createObjectURL(data as unknown as Blob)
}
