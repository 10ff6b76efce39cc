import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api, bindTokenSource, unwrap, type Schemas } from '../api/client'
import { ApiError, problemMessage } from '../api/problems'

type TokenResponse = Schemas['TokenResponse']
type MeView = Schemas['MeView']

/** The refresh token lives in sessionStorage: a reload keeps the session, closing the tab ends it. */
export const REFRESH_KEY = 'alur.refresh'
/** The access token is renewed this many seconds before it expires. */
export const REFRESH_MARGIN_SECONDS = 60
/** After a network failure while renewing, try again after this delay. */
const RETRY_AFTER_NETWORK_ERROR_MS = 15_000

/** Milliseconds until the renewal of a token that expires in `expiresIn` seconds. */
export function refreshDelayMs(expiresIn: number): number {
  return Math.max(expiresIn - REFRESH_MARGIN_SECONDS, expiresIn / 2) * 1000
}

const storage = {
  read: () => safely(() => sessionStorage.getItem(REFRESH_KEY)),
  write: (token: string) => safely(() => sessionStorage.setItem(REFRESH_KEY, token)),
  remove: () => safely(() => sessionStorage.removeItem(REFRESH_KEY)),
}

function safely<T>(action: () => T): T | null {
  try {
    return action()
  } catch {
    return null // storage disabled: the session then ends with the page
  }
}

/** The signed-in user: tokens, the /me profile and the verbs it grants. */
export const useSessionStore = defineStore('session', () => {
  const accessToken = ref<string | null>(null)
  const me = ref<MeView | null>(null)
  /** A message for the login page, e.g. after the session expired. */
  const notice = ref<string | null>(null)

  let renewalTimer: ReturnType<typeof setTimeout> | undefined
  let refreshing: Promise<boolean> | null = null
  let restoring: Promise<void> | null = null

  const isAuthenticated = computed(() => accessToken.value !== null && me.value !== null)
  const verbs = computed(() => new Set(me.value?.verbs ?? []))
  /** The position shown next to the user's name: the first one, else the jabatan. */
  const positionTitle = computed(() => me.value?.positions[0]?.title ?? me.value?.user.jabatan ?? '')

  function can(verb: Schemas['Verb']): boolean {
    return verbs.value.has(verb)
  }

  function schedule(delayMs: number) {
    clearTimeout(renewalTimer)
    renewalTimer = setTimeout(() => void refresh(), delayMs)
  }

  function accept(tokens: TokenResponse) {
    accessToken.value = tokens.accessToken
    storage.write(tokens.refreshToken)
    schedule(refreshDelayMs(tokens.expiresIn))
  }

  function clear(message: string | null = null) {
    clearTimeout(renewalTimer)
    renewalTimer = undefined
    accessToken.value = null
    me.value = null
    notice.value = message
    storage.remove()
  }

  async function login(username: string, password: string): Promise<void> {
    clear()
    accept(await unwrap(api.POST('/api/v1/auth/login', { body: { username, password } })))
    try {
      await loadMe()
    } catch (error) {
      clear()
      throw error
    }
  }

  async function loadMe(): Promise<void> {
    me.value = await unwrap(api.GET('/api/v1/me'))
  }

  /** Renews the tokens with the stored refresh token; concurrent callers share one request. */
  function refresh(): Promise<boolean> {
    refreshing ??= renew().finally(() => {
      refreshing = null
    })
    return refreshing
  }

  async function renew(): Promise<boolean> {
    const refreshToken = storage.read()
    if (!refreshToken) {
      if (accessToken.value) clear(problemMessage({ type: 'urn:alur-kinerja:problem:unauthenticated' }))
      return false
    }
    try {
      accept(await unwrap(api.POST('/api/v1/auth/refresh', { body: { refreshToken } })))
      return true
    } catch (error) {
      if (error instanceof ApiError && (error.status === 400 || error.status === 401)) {
        // invalid, expired or revoked (e.g. reused): the session is over
        clear(accessToken.value ? error.message : null)
      } else if (accessToken.value) {
        schedule(RETRY_AFTER_NETWORK_ERROR_MS)
      }
      return false
    }
  }

  async function logout(): Promise<void> {
    const refreshToken = storage.read()
    if (refreshToken) {
      try {
        await api.POST('/api/v1/auth/logout', { body: { refreshToken } })
      } catch {
        // leaving anyway; the refresh token expires on its own
      }
    }
    clear()
  }

  /** On app start: a refresh token left by this tab means the user is still signed in. */
  async function restore(): Promise<void> {
    if (accessToken.value || !storage.read()) return
    if (!(await refresh())) return
    try {
      await loadMe()
    } catch (error) {
      if (error instanceof ApiError) clear()
    }
  }

  /** Resolves once the session has been restored (the router waits for it). */
  function ready(): Promise<void> {
    restoring ??= restore()
    return restoring
  }

  bindTokenSource({
    accessToken: () => accessToken.value,
    async refreshAfterUnauthorized(rejectedToken: string) {
      // another call may have renewed the token already while this one was under way
      if (accessToken.value && accessToken.value !== rejectedToken) return true
      return refresh()
    },
  })

  return {
    accessToken,
    me,
    notice,
    isAuthenticated,
    positionTitle,
    can,
    login,
    logout,
    loadMe,
    refresh,
    ready,
    clear,
  }
})
