import { api, currentAccessToken, renewAccessToken, send, type Schemas } from './client'
import { ApiError, retryAfterSeconds, type Problem } from './problems'

type AttachmentView = Schemas['AttachmentView']

/**
 * Evidence files of a submission. The upload goes through XMLHttpRequest, whose upload events give
 * a progress bar (fetch has none); downloads need the bearer token, so they are fetched as a blob and
 * shown through an object URL.
 */

/** Sends the file itself as the body; `onProgress` receives 0..1 as it goes. */
export async function uploadAttachment(
  submissionId: number,
  file: Blob & { name?: string },
  indicatorCode: string | null,
  onProgress: (fraction: number) => void,
): Promise<AttachmentView> {
  const query = new URLSearchParams({ filename: file.name || 'lampiran' })
  if (indicatorCode) query.set('indicatorCode', indicatorCode)
  const url = `/api/v1/submissions/${submissionId}/attachments?${query}`
  const token = currentAccessToken()
  let result = await post(url, file, token, onProgress)
  if (result.status === 401 && token && (await renewAccessToken(token))) {
    result = await post(url, file, currentAccessToken(), onProgress)
  }
  if (result.status !== 201) {
    const body = parse(result.body)
    const problem = typeof body === 'object' && body !== null ? (body as Problem) : undefined
    throw new ApiError(result.status, problem, retryAfterSeconds(result.retryAfter))
  }
  return parse(result.body) as AttachmentView
}

interface XhrResult {
  status: number
  body: string
  retryAfter: string | null
}

function post(url: string, file: Blob, token: string | null, onProgress: (fraction: number) => void): Promise<XhrResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`)
    xhr.setRequestHeader('Content-Type', 'application/octet-stream')
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json')
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total)
    }
    xhr.onload = () => {
      if (xhr.status === 201) onProgress(1)
      resolve({ status: xhr.status, body: xhr.responseText, retryAfter: xhr.getResponseHeader('Retry-After') })
    }
    xhr.onerror = () => reject(new TypeError('network error'))
    xhr.onabort = () => reject(new TypeError('aborted'))
    xhr.send(file)
  })
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined
  } catch {
    return undefined
  }
}

/** The file's bytes, through the typed client (which adds the token and renews it after a 401). */
export async function fetchAttachment(attachmentId: number): Promise<Blob> {
  const { data } = await send(
    api.GET('/api/v1/attachments/{attachmentId}', { params: { path: { attachmentId } }, parseAs: 'blob' }),
  )
  return data as unknown as Blob
}

export async function deleteAttachment(attachmentId: number): Promise<void> {
  await send(api.DELETE('/api/v1/attachments/{attachmentId}', { params: { path: { attachmentId } } }))
}

/** Saves the file under its own name, as a link with `download` does. */
export async function saveAttachment(attachment: AttachmentView): Promise<void> {
  const blob = await fetchAttachment(attachment.id)
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = attachment.filename
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/**
 * Opens a PDF in a new tab. The tab is opened at once, while the click still counts as the user's,
 * so that pop-up blockers let it through; the file follows when it has arrived.
 */
export async function openAttachmentInNewTab(attachment: AttachmentView): Promise<void> {
  const tab = window.open('', '_blank')
  try {
    const blob = await fetchAttachment(attachment.id)
    const url = URL.createObjectURL(new Blob([blob], { type: attachment.mediaType }))
    if (tab) tab.location.href = url
    else window.location.assign(url)
    setTimeout(() => URL.revokeObjectURL(url), 5 * 60_000)
  } catch (error) {
    tab?.close()
    throw error
  }
}

export function isImage(attachment: AttachmentView): boolean {
  return attachment.mediaType === 'image/png' || attachment.mediaType === 'image/jpeg'
}

export function isPdf(attachment: AttachmentView): boolean {
  return attachment.mediaType === 'application/pdf'
}

/** "1,2 MB", "340 KB". */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('id-ID')} KB`
}
