import { ref, watch, type Ref } from 'vue'
import type { Schemas } from '../api/client'
import { localDraftKey, readLocalDraft, removeLocalDraft, writeLocalDraft } from '../lib/localDrafts'
import { restoredDraft, submissionChanged, submissionDraft, type SubmissionDraft } from '../lib/submissionDraft'

type SubmissionView = Schemas['SubmissionView']

/** A draft brought back from this device when the submission was opened. */
export interface RestoredDraft {
  /** When it was last typed (ISO). */
  savedAt: string
  /** The submission was saved by someone (or moved on) since it was typed. */
  changedOnServer: boolean
}

/**
 * Keeps a unit's unsaved typing on this device (lib/localDrafts) for the signed-in user: written while
 * the draft differs from the stored data, removed once it no longer does (saved, undone, discarded)
 * or the data left the unit. On opening the submission, a kept draft is laid over the loaded data.
 */
export function useLocalSubmissionDraft(
  view: Ref<SubmissionView | null>,
  draft: Ref<SubmissionDraft | null>,
  userId: Ref<number | undefined>,
) {
  const restored = ref<RestoredDraft | null>(null)
  /** A kept draft could not be applied: the data is no longer with the unit. */
  const dropped = ref(false)
  /** Whether the draft shown is kept on this device (storage may be disabled or full). */
  const keptOnDevice = ref(false)

  /** The key whose kept draft has been looked at, and the last version and draft written or read. */
  let opened: string | null = null
  let synced: string | null = null

  function open(key: string, shown: SubmissionView) {
    opened = key
    restored.value = null
    dropped.value = false
    keptOnDevice.value = false
    synced = null
    const kept = readLocalDraft(key)
    if (!kept) return
    const typed = restoredDraft(shown, kept.draft, kept.base)
    if (!shown.editable || !submissionChanged(shown, typed)) {
      removeLocalDraft(key)
      dropped.value = !shown.editable
      return
    }
    draft.value = typed
    restored.value = { savedAt: kept.savedAt, changedOnServer: kept.version !== shown.version }
    keptOnDevice.value = true
    // unchanged since it was read: not written again, so that it keeps its time and version
    synced = `${shown.version}:${JSON.stringify(typed)}`
  }

  function sync() {
    const shown = view.value
    const typed = draft.value
    const user = userId.value
    if (!shown || !typed || user === undefined) return
    const key = localDraftKey('submission', user, shown.id)
    if (key !== opened) return open(key, shown)
    const state = `${shown.version}:${JSON.stringify(typed)}`
    if (state === synced) return
    synced = state
    if (shown.editable && submissionChanged(shown, typed)) {
      keptOnDevice.value = writeLocalDraft(key, { version: shown.version, draft: typed, base: submissionDraft(shown) })
    } else {
      removeLocalDraft(key)
      keptOnDevice.value = false
      restored.value = null
    }
  }

  watch([view, draft, userId], sync, { deep: true, immediate: true })

  /** Throws the restored typing away: the stored data is shown again (and the kept draft removed). */
  function discard() {
    if (view.value) draft.value = submissionDraft(view.value)
  }

  return { restored, dropped, keptOnDevice, discard }
}
