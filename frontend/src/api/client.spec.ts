import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { api, unwrap } from './client'
import { ApiError } from './problems'
import { useSessionStore } from '../stores/session'
import { demoMe, fakeApi, json, problem, tokens } from '../testing/fakeApi'

describe('api client', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    sessionStorage.clear()
  })
  afterEach(() => vi.unstubAllGlobals())

  async function signedIn() {
    const session = useSessionStore()
    await session.login('sekcam', 'kinerja-demo')
    return session
  }

  it('renews the token once after a 401 and repeats the call', async () => {
    const fake = fakeApi({
      'POST /api/v1/auth/login': () => json(tokens(1)),
      'GET /api/v1/me': [() => json(demoMe), () => problem('unauthenticated', 401), () => json(demoMe)],
      'POST /api/v1/auth/refresh': () => json(tokens(2)),
    })
    await signedIn()

    const me = await unwrap(api.GET('/api/v1/me'))

    expect(me.user.username).toBe('sekcam')
    expect(fake.callsTo('GET /api/v1/me').map((c) => c.authorization)).toEqual([
      'Bearer access-1',
      'Bearer access-1',
      'Bearer access-2',
    ])
    expect(fake.callsTo('POST /api/v1/auth/refresh')).toHaveLength(1)
  })

  it('gives up after one renewal', async () => {
    const fake = fakeApi({
      'POST /api/v1/auth/login': () => json(tokens(1)),
      'GET /api/v1/me': [() => json(demoMe), () => problem('unauthenticated', 401)],
      'POST /api/v1/auth/refresh': () => json(tokens(2)),
    })
    await signedIn()

    await expect(unwrap(api.GET('/api/v1/me'))).rejects.toBeInstanceOf(ApiError)
    expect(fake.callsTo('GET /api/v1/me')).toHaveLength(3)
    expect(fake.callsTo('POST /api/v1/auth/refresh')).toHaveLength(1)
  })

  it('sends no token with the login call', async () => {
    const fake = fakeApi({
      'POST /api/v1/auth/login': () => json(tokens(1)),
      'GET /api/v1/me': () => json(demoMe),
    })
    await signedIn()
    await useSessionStore().login('sekcam', 'kinerja-demo')
    expect(fake.callsTo('POST /api/v1/auth/login').map((c) => c.authorization)).toEqual([null, null])
  })
})
