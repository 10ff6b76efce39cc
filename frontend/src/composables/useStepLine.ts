import { shallowRef } from 'vue'
import { api, unwrap, type Schemas } from '../api/client'

/** The SOP as the API gives it, fetched once for the whole app. */
const sop = shallowRef<Schemas['SopView'] | null>(null)
let asked: Promise<void> | null = null

function fetchSop() {
  asked ??= unwrap(api.GET('/api/v1/sop'))
    .then((view) => {
      sop.value = view
    })
    .catch(() => {
      // asked again next time; until then every step reads "Langkah N — …"
      asked = null
    })
}

/**
 * Where a document stands in the SOP, in one line: "Langkah 3 — Memberi paraf …", or the title alone
 * when it is outside the steps (an imported format) or past them (signed). The titles are the API's
 * (the views' stepTitle, GET /api/v1/sop); this only adds "Langkah N".
 */
export function useStepLine() {
  fetchSop()
  return (step: number, title: string): string => {
    const outside = step <= 0 || (sop.value !== null && (title === sop.value.finished || title === sop.value.outside))
    return outside ? title : `Langkah ${step} — ${title}`
  }
}
