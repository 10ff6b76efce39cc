import { shallowRef, watch, type Ref } from 'vue'
import type { TimelineEntry } from '../api/documents'

interface Returnable {
  id: number
  state: string
  round: number
  version: number
}

/**
 * Why a document is back with the Staf: the latest entry of its history that took it back to draft
 * with a reason (a return, a refusal, a "Tidak"). Only looked up while it is a draft after round 1.
 */
export function useLastReturn(view: Ref<Returnable | null>, timeline: () => Promise<TimelineEntry[]>) {
  const entry = shallowRef<TimelineEntry | null>(null)
  const key = () => (view.value ? `${view.value.id}:${view.value.version}` : '')

  watch(
    key,
    async (asked) => {
      entry.value = null
      const shown = view.value
      if (!shown || shown.state !== 'DRAFT' || shown.round < 2) return
      try {
        const entries = await timeline()
        if (key() !== asked) return
        entry.value = [...entries].reverse().find((e) => e.toState === 'DRAFT' && e.reason) ?? null
      } catch {
        // the history shows the problem, if any
      }
    },
    { immediate: true },
  )
  return entry
}
