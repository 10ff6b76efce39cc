import { computed, ref } from 'vue'
import { getCycle, getSopMonitoring, getSopVersion, type CycleView, type SopMonitoring, type SopView } from '../api/monitoring'
import { useRequest } from './useRequest'

/** A cycle, the SOP version it runs on and its monitoring sheet, loaded together. */
export function useCycleSop() {
  const request = useRequest()
  const cycle = ref<CycleView | null>(null)
  const sop = ref<SopView | null>(null)
  const sheet = ref<SopMonitoring | null>(null)

  /** The step to outline on the flowchart; none once the cycle is finished or outside the SOP. */
  const currentStep = computed(() => {
    const s = sheet.value
    if (!s || s.status === 'FINISHED' || s.status === 'IMPORTED' || s.currentStep < 1) return null
    return s.currentStep
  })

  async function load(cycleId: number): Promise<void> {
    await request.run(async () => {
      const loaded = await getCycle(cycleId)
      const [version, monitoring] = await Promise.all([getSopVersion(loaded.sopVersionId), getSopMonitoring(cycleId)])
      cycle.value = loaded
      sop.value = version
      sheet.value = monitoring
    })
  }

  return { cycle, sop, sheet, currentStep, load, pending: request.pending, error: request.error }
}
