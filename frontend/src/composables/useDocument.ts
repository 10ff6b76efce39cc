import { computed, ref, shallowRef, watch, type Ref } from 'vue'
import { api, unwrap, type Schemas } from '../api/client'
import {
  DOCUMENT_CALLS,
  type DocumentCalls,
  etagOf,
  type DocumentAction,
  type DocumentKind,
  type DocumentTransition,
  type DocumentView,
  type SaveBody,
  type Sent,
} from '../api/documents'
import { ApiError, documentProblemMessage, errorMessage, fieldMessage, pathErrors, reloadsDocument } from '../api/problems'
import { DOCUMENT_KINDS, type DocumentKindConfig } from '../lib/documents'
import { DEFAULT_TIME_ZONE } from '../lib/format'
import { mergeDraft } from '../lib/draft'

export interface DocumentOptions<K extends DocumentKind, D> {
  /**
   * The editable copy the page works on, made from a view. It is made again after the first load
   * and after a save; when the document is reloaded under the user, what they typed is kept.
   */
  draft?: (view: DocumentView<K>) => D
  /** Whether the draft is also kept on this device (a local draft), for what a save without answer says. */
  draftKeptOnDevice?: () => boolean
}

/**
 * One document page's state and its calls to the API: the form, a unit's submission or the recap.
 *
 * It loads the document with its ETag, runs transitions (`act`) and saves (`save`, with If-Match), and
 * says in plain Indonesian what happened. When the document changed or moved on under the user (409
 * invalid-state, version-changed or conflict; 412 stale ETag) it fetches it again, keeps the draft the
 * user was typing, and says so; when the API names fields (400, 422) it gives their errors by path.
 */
export function useDocument<K extends DocumentKind, D = never>(
  kind: K,
  id: Ref<number>,
  options: DocumentOptions<K, D> = {},
) {
  const calls: DocumentCalls<K> = DOCUMENT_CALLS[kind]
  const config: DocumentKindConfig<K> = DOCUMENT_KINDS[kind]

  const view = shallowRef<DocumentView<K> | null>(null)
  const etag = ref('')
  const draft = ref(null) as Ref<D | null>
  /** The document is being fetched. */
  const loading = ref(false)
  /** A save or transition is under way. */
  const pending = ref(false)
  /** What went wrong and what to do, in Bahasa Indonesia (shown as an alert). */
  const message = ref<string | null>(null)
  /** What was done (shown as a polite status). */
  const status = ref<string | null>(null)
  /** Field errors of the last save or transition, by their JSON path. */
  const fieldErrors = ref<Record<string, string>>({})
  /** The same errors one by one, for a page that has no inputs to show them at. */
  const problems = ref<string[]>([])
  /** The last failure, for a page that reacts to a particular problem. */
  const failure = shallowRef<ApiError | null>(null)
  const kecamatan = shallowRef<Schemas['KecamatanView'] | null>(null)
  const timeZone = computed(() => kecamatan.value?.timeZone ?? DEFAULT_TIME_ZONE)

  function clear() {
    message.value = null
    status.value = null
    fieldErrors.value = {}
    problems.value = []
    failure.value = null
  }

  /** Shows an answer; `keepDraft` carries what the user typed over onto it. */
  function show(sent: Sent<K>, keepDraft: boolean) {
    const before = view.value
    view.value = sent.data
    etag.value = etagOf(sent)
    const make = options.draft
    if (!make) return
    draft.value =
      keepDraft && before && draft.value !== null ? mergeDraft(make(before), draft.value, make(sent.data)) : make(sent.data)
  }

  /** Fetches the document; with `keepDraft`, what the user typed stays. */
  async function load(keepDraft = false): Promise<boolean> {
    loading.value = true
    try {
      show(await calls.load(id.value), keepDraft)
      return true
    } catch (caught) {
      report(caught)
      message.value = errorMessage(caught)
      return false
    } finally {
      loading.value = false
    }
  }

  /** Fetches the document again (e.g. after an evidence file came or went), keeping the draft. */
  const refresh = () => load(true)

  function report(caught: unknown) {
    failure.value = caught instanceof ApiError ? caught : null
    if (!(caught instanceof ApiError)) console.error(caught)
  }

  async function fail(caught: unknown, transition?: DocumentTransition<K>) {
    report(caught)
    const words = {
      noun: config.noun,
      stateLabel: config.stateLabel,
      incomplete: transition ? config.incomplete?.[transition] : undefined,
      conflict: transition ? config.conflict?.[transition] : undefined,
      unsentKeptOn: transition || !options.draft ? undefined : options.draftKeptOnDevice?.() ? ('device' as const) : ('page' as const),
    }
    const text = documentProblemMessage(caught, words)
    if (reloadsDocument(caught)) {
      if (!(await load(true))) return
    } else if (caught instanceof ApiError) {
      fieldErrors.value = pathErrors(caught.problem)
      problems.value = (caught.problem?.errors ?? []).map(fieldMessage)
    }
    message.value = text
  }

  /** Runs one call on the document shown, shows its answer and says what was done, or what failed. */
  async function run(
    call: (shown: DocumentView<K>) => Promise<Sent<K>>,
    after: (shown: DocumentView<K>, now: DocumentView<K>) => string,
    keepDraft: boolean,
    transition?: DocumentTransition<K>,
  ) {
    const shown = view.value
    if (!shown || pending.value) return undefined
    clear()
    pending.value = true
    try {
      const sent = await call(shown)
      show(sent, keepDraft)
      status.value = after(shown, sent.data)
      return sent.data
    } catch (caught) {
      await fail(caught, transition)
      return undefined
    } finally {
      pending.value = false
    }
  }

  /** Runs a transition and shows its result; resolves to the document it answered, or undefined. */
  function act(action: DocumentAction<K>): Promise<DocumentView<K> | undefined> {
    return run(
      (shown) => calls.perform(shown.id, action),
      (shown, now) => config.done[action.transition]?.({ shown, now, action }) ?? 'Tindakan telah dicatat.',
      true,
      action.transition,
    )
  }

  /** Saves with If-Match (the ETag of the version read); resolves to the saved document, or undefined. */
  function save(body: SaveBody<K>): Promise<DocumentView<K> | undefined> {
    return run(
      (shown) => calls.save(shown.id, etag.value, body),
      (shown, now) => config.saved({ shown, now, body }),
      false,
    )
  }

  /** The document's history, for the timeline. */
  const timeline = () => calls.timeline(view.value?.id ?? id.value)

  async function loadKecamatan(kecamatanId: number | undefined) {
    if (kecamatanId === undefined || kecamatan.value?.id === kecamatanId) return
    try {
      kecamatan.value = await unwrap(api.GET('/api/v1/kecamatan/{kecamatanId}', { params: { path: { kecamatanId } } }))
    } catch {
      // the default time zone (WIB) is shown
    }
  }

  watch(() => view.value?.kecamatanId, loadKecamatan)
  // a new document to show, unless it is already shown (a ralat answers with the new recap)
  watch(
    id,
    (next) => {
      if (view.value?.id === next) return
      clear()
      view.value = null
      void load()
    },
    { immediate: true },
  )

  return {
    view,
    etag,
    draft,
    loading,
    pending,
    message,
    status,
    fieldErrors,
    problems,
    failure,
    kecamatan,
    timeZone,
    config,
    load,
    refresh,
    act,
    save,
    clear,
    timeline,
  }
}

export type DocumentState<K extends DocumentKind, D = never> = ReturnType<typeof useDocument<K, D>>
