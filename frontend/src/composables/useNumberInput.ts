import { computed, inject, onBeforeUnmount, provide, ref, watch, type InjectionKey, type Ref } from 'vue'
import { formatNumberInput, parseIndonesianNumber, type NumberRules } from '../lib/indonesianNumber'

/**
 * A number field's text and value (rules in lib/indonesianNumber): the text is kept as typed while the
 * user types, the value follows it only when it reads as a number, and `error` says why it does not.
 * When the field loses focus a valid text is shown again in the Indonesian form ("84.2" → "84,2").
 * A value set from outside (a reset, a reload) replaces the text.
 */
export function useNumberInput(model: Ref<number | null>, rules: () => NumberRules = () => ({})) {
  const text = ref(formatNumberInput(model.value))
  const error = ref<string | undefined>()
  /** The value the text was last read as: an outside change is one that differs from it. */
  let read: number | null = model.value

  function reread(typed: string) {
    const reading = parseIndonesianNumber(typed, rules())
    error.value = reading.error
    if (reading.error === undefined) {
      read = reading.value
      model.value = reading.value
    }
  }
  function onInput(typed: string) {
    text.value = typed
    reread(typed)
  }
  function onBlur() {
    if (!error.value) text.value = formatNumberInput(model.value)
  }
  watch(model, (value) => {
    if (value === read) return
    read = value
    error.value = undefined
    text.value = formatNumberInput(value)
  })
  // a rule may change (a target's data type): read the text again
  watch(() => rules().integer, () => text.value && reread(text.value))

  return { text, error, onInput, onBlur }
}

interface NumberChecks {
  register: (field: { invalid: () => boolean; focus: () => void }) => () => void
}
const KEY: InjectionKey<NumberChecks> = Symbol('number-checks')

/**
 * For a form with number fields: whether any of them holds text that is not a number, and a way to
 * put the focus on the first such field, so that saving never sends a value other than the one seen.
 */
export function provideNumberChecks() {
  const fields = ref(new Set<{ invalid: () => boolean; focus: () => void }>())
  provide(KEY, {
    register(field) {
      fields.value.add(field)
      return () => fields.value.delete(field)
    },
  })
  const invalid = computed(() => [...fields.value].some((f) => f.invalid()))
  /** Focuses the first field that does not read as a number; false when there is none. */
  function focusFirstInvalid(): boolean {
    const first = [...fields.value].find((f) => f.invalid())
    first?.focus()
    return !!first
  }
  return { invalid, focusFirstInvalid }
}

/** Called by a number field: joins the form's checks, if the form keeps any. */
export function joinNumberChecks(invalid: () => boolean, focus: () => void) {
  const checks = inject(KEY, null)
  if (!checks) return
  const leave = checks.register({ invalid, focus })
  onBeforeUnmount(leave)
}
