import { ref, shallowRef } from 'vue'
import { ApiError, bulkFailureMessage } from '../api/problems'

export interface BulkFailure<T> {
  item: T
  message: string
}

export interface BulkOutcome<T> {
  done: T[]
  failed: BulkFailure<T>[]
}

/**
 * One action done on several documents, one request each, one after another: each is decided,
 * recorded and audited on its own (bound to the version the official saw), so a failure changes
 * nothing of that document and nothing of the others. Says how far it got while it works, and at the
 * end which ones failed and why.
 */
export function useBulk<T>() {
  const pending = ref(false)
  /** How many are finished, of how many, while it works. */
  const progress = ref<{ done: number; total: number } | null>(null)
  const outcome = shallowRef<BulkOutcome<T> | null>(null)

  async function run(items: T[], call: (item: T) => Promise<unknown>): Promise<BulkOutcome<T>> {
    pending.value = true
    outcome.value = null
    const result: BulkOutcome<T> = { done: [], failed: [] }
    progress.value = { done: 0, total: items.length }
    try {
      for (const item of items) {
        try {
          await call(item)
          result.done.push(item)
        } catch (caught) {
          if (!(caught instanceof ApiError)) console.error(caught)
          result.failed.push({ item, message: bulkFailureMessage(caught) })
        }
        progress.value = { done: result.done.length + result.failed.length, total: items.length }
      }
    } finally {
      pending.value = false
      progress.value = null
      outcome.value = result
    }
    return result
  }

  return { pending, progress, outcome, run }
}
