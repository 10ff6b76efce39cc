import { api, send, unwrap, type Schemas } from './client'
import { filenameOf, saveBlob } from './monitoring'

/** Documents the SOP issued (PDFs with a verification code) and the letter's preview. */

export type IssuedDocument = Schemas['IssuedDocument']

export function listFormDocuments(formId: number): Promise<IssuedDocument[]> {
  return unwrap(api.GET('/api/v1/forms/{formId}/documents', { params: { path: { formId } } }))
}

/** Saves the issued PDF, byte for byte as stored (its SHA-256 is what the verification page checks). */
export async function downloadIssuedDocument(doc: IssuedDocument): Promise<string> {
  const { data, response } = await send(
    api.GET('/api/v1/documents/{id}/pdf', { params: { path: { id: doc.id } }, parseAs: 'blob' }),
  )
  const filename = filenameOf(response.headers.get('Content-Disposition'), `dokumen-${doc.code}.pdf`)
  saveBlob(data as unknown as Blob, filename)
  return filename
}

export function listRecapDocuments(recapId: number): Promise<IssuedDocument[]> {
  return unwrap(api.GET('/api/v1/recaps/{recapId}/documents', { params: { path: { recapId } } }))
}

/** The letter of the form's current version as it will be issued (number and date blank), as a blob URL. */
export async function letterPreviewUrl(formId: number): Promise<string> {
  const { data } = await send(
    api.GET('/api/v1/forms/{formId}/letter-preview', { params: { path: { formId } }, parseAs: 'blob' }),
  )
  return URL.createObjectURL(data as unknown as Blob)
}

/** The recap's current version as it will be issued (date blank until signed), as a blob URL. */
export async function recapPreviewUrl(recapId: number): Promise<string> {
  const { data } = await send(api.GET('/api/v1/recaps/{recapId}/preview', { params: { path: { recapId } }, parseAs: 'blob' }))
  return URL.createObjectURL(data as unknown as Blob)
}

/** Saves the buku ekspedisi of a numbered letter: the courier's list with the receipts so far. */
export async function downloadDispatchList(formId: number): Promise<string> {
  const { data, response } = await send(
    api.GET('/api/v1/forms/{formId}/dispatch-list', { params: { path: { formId } }, parseAs: 'blob' }),
  )
  const filename = filenameOf(response.headers.get('Content-Disposition'), `buku-ekspedisi-${formId}.pdf`)
  saveBlob(data as unknown as Blob, filename)
  return filename
}
