import { ref } from 'vue'
import { api, unwrap } from '../api/client'
import { DEFAULT_TIME_ZONE } from '../lib/format'

/**
 * The time zones of the kecamatan a list of things belongs to (due times are read in the kecamatan's
 * zone). Each kecamatan is asked once; one that cannot be read counts as WIB.
 */
export function useTimeZones() {
  const zones = ref<Record<number, string>>({})

  async function load(kecamatanIds: Iterable<number>): Promise<void> {
    const missing = [...new Set(kecamatanIds)].filter((id) => !(id in zones.value))
    await Promise.all(
      missing.map(async (kecamatanId) => {
        try {
          const kecamatan = await unwrap(api.GET('/api/v1/kecamatan/{kecamatanId}', { params: { path: { kecamatanId } } }))
          zones.value = { ...zones.value, [kecamatanId]: kecamatan.timeZone }
        } catch {
          zones.value = { ...zones.value, [kecamatanId]: DEFAULT_TIME_ZONE }
        }
      }),
    )
  }

  function zoneOf(kecamatanId: number): string {
    return zones.value[kecamatanId] ?? DEFAULT_TIME_ZONE
  }

  return { load, zoneOf }
}
