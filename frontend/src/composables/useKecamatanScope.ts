import { computed, ref } from 'vue'
import { api, unwrap, type Schemas } from '../api/client'
import { useSessionStore } from '../stores/session'
import { useRequest } from './useRequest'

type KecamatanView = Schemas['KecamatanView']

/**
 * The kecamatan an admin page works on: the user's own, or, for a kabupaten-level user without one,
 * the kecamatan they pick from those they can see.
 */
export function useKecamatanScope() {
  const session = useSessionStore()
  const request = useRequest()
  const options = ref<KecamatanView[]>([])
  const selectedId = ref<KecamatanView['id'] | null>(session.me?.kecamatan?.id ?? null)
  const needsChoice = computed(() => !session.me?.kecamatan)
  const current = computed(() => options.value.find((k) => k.id === selectedId.value) ?? null)

  /** Whether the user holds `verb` on the current kecamatan (the API lists them per object). */
  function canOnCurrent(verb: Schemas['Verb']): boolean {
    return current.value ? current.value.verbs.includes(verb) : false
  }

  async function load(): Promise<void> {
    await request.run(async () => {
      const own = session.me?.kecamatan
      if (own) {
        options.value = [await unwrap(api.GET('/api/v1/kecamatan/{kecamatanId}', { params: { path: { kecamatanId: own.id } } }))]
      } else {
        options.value = await unwrap(api.GET('/api/v1/kecamatan'))
        if (options.value.length === 1) selectedId.value = options.value[0].id
      }
    })
  }

  return { options, selectedId, current, needsChoice, canOnCurrent, load, error: request.error }
}
