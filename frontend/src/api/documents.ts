import { api, send, unwrap, type Schemas } from './client'

/**
 * The three documents that move through the one state machine of the API — the form (SOP steps 1-6),
 * a unit's submission (step 7) and the kecamatan recap (steps 8-11) — and the calls that read, save
 * and move each of them. Pages reach the API for a document only through here (via useDocument).
 */

export type DocumentKind = 'form' | 'submission' | 'recap'

interface Views {
  form: Schemas['FormView']
  submission: Schemas['SubmissionView']
  recap: Schemas['RecapView']
}
interface SaveBodies {
  form: Schemas['FormContent']
  submission: Schemas['SubmissionSaveRequest']
  recap: Schemas['RecapCorrectionRequest']
}
interface NoteInputs {
  form: Schemas['NoteInput']
  submission: Schemas['VerificationNoteInput']
  recap: Schemas['NoteInput']
}

export type DocumentView<K extends DocumentKind> = Views[K]
export type DocumentTransition<K extends DocumentKind> = Views[K]['transitions'][number]
export type SaveBody<K extends DocumentKind> = SaveBodies[K]
export type TimelineEntry = Schemas['TimelineEntry']

/** What the user decided, ready to send: the transition and what goes with it. */
export interface DocumentAction<K extends DocumentKind> {
  transition: DocumentTransition<K>
  reason?: string
  notes?: NoteInputs[K][]
  /** The hash of the version the official was shown (validation, paraf, signature and their refusals). */
  contentSha256?: string
  /** The optional text a transition asks for: the classification code of the form's letter number. */
  input?: string
  /** The unit concerned: the recap entry of one unit's data (step 8). */
  unitId?: number
}

/** A document as an answer gave it, with the response (for its ETag). */
export interface Sent<K extends DocumentKind> {
  data: DocumentView<K>
  response: Response
}

export interface DocumentCalls<K extends DocumentKind> {
  load(id: number): Promise<Sent<K>>
  timeline(id: number): Promise<TimelineEntry[]>
  /** Saves with If-Match: the ETag of the version read. */
  save(id: number, ifMatch: string, body: SaveBody<K>): Promise<Sent<K>>
  /** Sends a transition to its endpoint; answers the document (for a ralat: the new recap). */
  perform(id: number, action: DocumentAction<K>): Promise<Sent<K>>
}

function decision(action: DocumentAction<DocumentKind>, approve: boolean) {
  return {
    decision: approve ? ('APPROVE' as const) : ('REFUSE' as const),
    contentSha256: action.contentSha256 ?? '',
    ...(action.reason ? { reason: action.reason } : {}),
    ...(action.notes?.length ? { notes: action.notes as Schemas['NoteInput'][] } : {}),
  }
}

function unknown(transition: string): Promise<never> {
  return Promise.reject(new Error(`Unknown transition ${transition}`))
}

const form: DocumentCalls<'form'> = {
  load: (formId) => send(api.GET('/api/v1/forms/{formId}', { params: { path: { formId } } })),
  timeline: (formId) => unwrap(api.GET('/api/v1/forms/{formId}/timeline', { params: { path: { formId } } })),
  save: (formId, ifMatch, body) =>
    send(api.PUT('/api/v1/forms/{formId}/content', { params: { path: { formId }, header: { 'If-Match': ifMatch } }, body })),
  perform(formId, action) {
    const path = { params: { path: { formId } } }
    switch (action.transition) {
      case 'SUBMIT_FOR_CORRECTION':
        return send(api.POST('/api/v1/forms/{formId}/correction-requests', { ...path, body: {} }))
      case 'FORWARD_TO_SEKCAM':
        return send(api.POST('/api/v1/forms/{formId}/corrections', { ...path, body: { decision: 'FORWARD' } }))
      case 'RETURN_TO_STAF':
        return send(
          api.POST('/api/v1/forms/{formId}/corrections', {
            ...path,
            body: { decision: 'RETURN', reason: action.reason, notes: action.notes ?? [] },
          }),
        )
      case 'PARAF':
      case 'REFUSE_PARAF':
        return send(api.POST('/api/v1/forms/{formId}/parafs', { ...path, body: decision(action, action.transition === 'PARAF') }))
      case 'SIGN':
      case 'REFUSE_SIGNATURE':
        return send(api.POST('/api/v1/forms/{formId}/signatures', { ...path, body: decision(action, action.transition === 'SIGN') }))
      case 'WITHDRAW':
        return send(api.POST('/api/v1/forms/{formId}/withdrawals', { ...path, body: { reason: action.reason ?? '' } }))
      case 'NUMBER':
        return send(
          api.POST('/api/v1/forms/{formId}/letter-number', {
            ...path,
            body: action.input ? { classification: action.input } : {},
          }),
        )
      case 'DISPATCH':
        return send(api.POST('/api/v1/forms/{formId}/dispatches', path))
      default:
        return unknown(action.transition)
    }
  },
}

const submission: DocumentCalls<'submission'> = {
  load: (submissionId) => send(api.GET('/api/v1/submissions/{submissionId}', { params: { path: { submissionId } } })),
  timeline: (submissionId) =>
    unwrap(api.GET('/api/v1/submissions/{submissionId}/timeline', { params: { path: { submissionId } } })),
  save: (submissionId, ifMatch, body) =>
    send(
      api.PUT('/api/v1/submissions/{submissionId}', { params: { path: { submissionId }, header: { 'If-Match': ifMatch } }, body }),
    ),
  perform(submissionId, action) {
    const path = { params: { path: { submissionId } } }
    switch (action.transition) {
      case 'SUBMIT':
        return send(api.POST('/api/v1/submissions/{submissionId}/submittals', path))
      case 'VERIFY':
        return send(api.POST('/api/v1/submissions/{submissionId}/verifications', { ...path, body: { decision: 'VERIFY' } }))
      case 'RETURN':
        return send(
          api.POST('/api/v1/submissions/{submissionId}/verifications', {
            ...path,
            body: { decision: 'RETURN', reason: action.reason, notes: action.notes ?? [] },
          }),
        )
      case 'MARK_NOT_SUBMITTED':
        return send(
          api.POST('/api/v1/submissions/{submissionId}/non-submissions', { ...path, body: { reason: action.reason ?? '' } }),
        )
      default:
        return unknown(action.transition)
    }
  },
}

const recap: DocumentCalls<'recap'> = {
  load: (recapId) => send(api.GET('/api/v1/recaps/{recapId}', { params: { path: { recapId } } })),
  timeline: (recapId) => unwrap(api.GET('/api/v1/recaps/{recapId}/timeline', { params: { path: { recapId } } })),
  save: (recapId, ifMatch, body) =>
    send(api.PUT('/api/v1/recaps/{recapId}/values', { params: { path: { recapId }, header: { 'If-Match': ifMatch } }, body })),
  perform(recapId, action) {
    const path = { params: { path: { recapId } } }
    switch (action.transition) {
      case 'ENTER':
        return send(api.POST('/api/v1/recaps/{recapId}/entries', { ...path, body: { unitId: action.unitId ?? 0 } }))
      case 'REQUEST_VALIDATION':
        return send(api.POST('/api/v1/recaps/{recapId}/validation-requests', path))
      case 'VALIDATE':
      case 'RETURN_TO_STAF':
        return send(
          api.POST('/api/v1/recaps/{recapId}/validations', {
            ...path,
            body: {
              decision: action.transition === 'VALIDATE' ? 'VALIDATE' : 'RETURN',
              contentSha256: action.contentSha256 ?? '',
              ...(action.reason ? { reason: action.reason } : {}),
            },
          }),
        )
      case 'PARAF':
      case 'REFUSE_PARAF':
        return send(api.POST('/api/v1/recaps/{recapId}/parafs', { ...path, body: decision(action, action.transition === 'PARAF') }))
      case 'SIGN':
      case 'REFUSE_SIGNATURE':
        return send(api.POST('/api/v1/recaps/{recapId}/signatures', { ...path, body: decision(action, action.transition === 'SIGN') }))
      case 'RALAT':
        return send(api.POST('/api/v1/recaps/{recapId}/ralat', { ...path, body: { reason: action.reason ?? '' } }))
      default:
        return unknown(action.transition)
    }
  },
}

export const DOCUMENT_CALLS: { [K in DocumentKind]: DocumentCalls<K> } = { form, submission, recap }

/** The ETag of an answer; the view's version is the ETag when a proxy dropped the header. */
export function etagOf(sent: Sent<DocumentKind>): string {
  return sent.response.headers.get('ETag') ?? `"${sent.data.version}"`
}
