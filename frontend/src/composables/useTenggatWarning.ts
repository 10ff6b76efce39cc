import { computed, ref, watch, type Ref } from 'vue'
import { api, unwrap, type Schemas } from '../api/client'
import { getSopMonitoring } from '../api/sla'
import { DEFAULT_TIME_ZONE } from '../lib/format'
import { formatTenggat, isPast, workingDaysLeftText } from '../lib/tenggat'

/**
 * For the Sekcam about to mark a unit "tidak menyampaikan": a warning when the unit's tenggat has
 * not passed yet. The Sekcam's own tasks do not hold the unit's work, so the tenggat comes from the
 * cycle's SOP monitoring sheet (verb sla.read). Asked only while that transition is offered; when it
 * cannot be read there is no warning.
 */
export function useTenggatWarning(submission: Ref<Schemas['SubmissionView'] | null>, now: () => Date = () => new Date()) {
  const unit = ref<Schemas['UnitMonitoring'] | null>(null)
  const timeZone = ref(DEFAULT_TIME_ZONE)

  watch(
    () => {
      const s = submission.value
      return s && (s.transitions as string[]).includes('MARK_NOT_SUBMITTED') ? `${s.formId}:${s.unitId}` : null
    },
    async (key) => {
      unit.value = null
      const s = submission.value
      if (!key || !s) return
      try {
        const form = await unwrap(api.GET('/api/v1/forms/{formId}', { params: { path: { formId: s.formId } } }))
        const sheet = await getSopMonitoring(form.cycleId)
        timeZone.value = sheet.timeZone
        unit.value = sheet.units.find((u) => u.unitId === s.unitId) ?? null
      } catch {
        unit.value = null
      }
    },
    { immediate: true },
  )

  /** The warning for the reason dialog, or undefined when the tenggat has passed or is unknown. */
  const warning = computed(() => {
    const u = unit.value
    if (!u?.dueAt || u.status === 'OVERDUE' || isPast(u.dueAt, now())) return undefined
    return (
      `Tenggat unit ini belum lewat (${formatTenggat(u.dueAt, timeZone.value)}, ${workingDaysLeftText(u.workingDaysLeft)}). ` +
      'Yakin menandai tidak menyampaikan?'
    )
  })

  return { warning, unit }
}
