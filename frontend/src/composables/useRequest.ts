import { ref } from 'vue'
import { ApiError, errorMessage } from '../api/problems'

/**
 * Runs API calls for a form or a page and keeps what the template shows: whether a call is under
 * way, the Indonesian error message, and field errors to show next to the inputs.
 */
export function useRequest() {
  const pending = ref(false)
  const error = ref<string | null>(null)
  const fieldErrors = ref<Record<string, string>>({})
  /** The last failure, for callers that react to a particular problem (e.g. 412). */
  const failure = ref<ApiError | null>(null)

  function reset() {
    error.value = null
    fieldErrors.value = {}
    failure.value = null
  }

  /** Runs `action`; resolves to its result, or to undefined when it failed. */
  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    pending.value = true
    reset()
    try {
      return await action()
    } catch (caught) {
      if (!(caught instanceof ApiError)) console.error(caught)
      error.value = errorMessage(caught)
      failure.value = caught instanceof ApiError ? caught : null
      fieldErrors.value = caught instanceof ApiError ? caught.fieldErrors : {}
      return undefined
    } finally {
      pending.value = false
    }
  }

  return { pending, error, fieldErrors, failure, run, reset }
}
