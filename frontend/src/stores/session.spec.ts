import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { REFRESH_KEY, refreshDelayMs, useSessionStore } from './session'
import { demoMe, fakeApi, json, noContent, problem, tokens } from '../testing/fakeApi'
import { localDraftKey, writeLocalDraft } from '../lib/localDrafts'

describe('session store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    sessionStorage.clear()
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('signs in, keeps the refresh token for this tab and loads the profile', async () => {
    const api = fakeApi({
      'POST /api/v1/auth/login': () => json(tokens(1)),
      'GET /api/v1/me': () => json({ ...demoMe, verbs: ['user.manage'] }),
    })
    const session = useSessionStore()

    await session.login('sekcam', 'kinerja-demo')

    expect(session.isAuthenticated).toBe(true)
    expect(session.me?.user.fullName).toBe('Dra. Sri Lestari')
    expect(session.positionTitle).toBe('Sekretaris Kecamatan Bulu')
    expect(sessionStorage.getItem(REFRESH_KEY)).toBe('refresh-1')
    expect(api.callsTo('GET /api/v1/me')[0].authorization).toBe('Bearer access-1')
    expect(session.can('user.manage')).toBe(true)
    expect(session.can('unit.manage')).toBe(false)
  })

  it('renews the access token 60 seconds before it expires', async () => {
    const api = fakeApi({
      'POST /api/v1/auth/login': () => json(tokens(1, 900)),
      'GET /api/v1/me': () => json(demoMe),
      'POST /api/v1/auth/refresh': [() => json(tokens(2, 900)), () => json(tokens(3, 900))],
    })
    const session = useSessionStore()
    await session.login('sekcam', 'kinerja-demo')

    await vi.advanceTimersByTimeAsync(839_000)
    expect(api.callsTo('POST /api/v1/auth/refresh')).toHaveLength(0)

    await vi.advanceTimersByTimeAsync(1_000)
    const refreshes = api.callsTo('POST /api/v1/auth/refresh')
    expect(refreshes).toHaveLength(1)
    expect(JSON.parse(refreshes[0].body)).toEqual({ refreshToken: 'refresh-1' })
    expect(session.accessToken).toBe('access-2')
    expect(sessionStorage.getItem(REFRESH_KEY)).toBe('refresh-2')

    // and again with the rotated token, 840 s after the renewal
    await vi.advanceTimersByTimeAsync(840_000)
    expect(api.callsTo('POST /api/v1/auth/refresh')).toHaveLength(2)
    expect(JSON.parse(api.callsTo('POST /api/v1/auth/refresh')[1].body)).toEqual({ refreshToken: 'refresh-2' })
  })

  it('renews short-lived tokens halfway', () => {
    expect(refreshDelayMs(900)).toBe(840_000)
    expect(refreshDelayMs(60)).toBe(30_000)
  })

  it('ends the session when the refresh token is refused', async () => {
    fakeApi({
      'POST /api/v1/auth/login': () => json(tokens(1, 900)),
      'GET /api/v1/me': () => json(demoMe),
      'POST /api/v1/auth/refresh': () => problem('invalid-refresh-token', 401),
    })
    const session = useSessionStore()
    await session.login('sekcam', 'kinerja-demo')

    await vi.advanceTimersByTimeAsync(840_000)

    expect(session.isAuthenticated).toBe(false)
    expect(sessionStorage.getItem(REFRESH_KEY)).toBeNull()
    expect(session.notice).toBe('Sesi Anda telah berakhir. Silakan masuk kembali.')
  })

  it('restores the session after a reload from the refresh token of this tab', async () => {
    sessionStorage.setItem(REFRESH_KEY, 'refresh-7')
    const api = fakeApi({
      'POST /api/v1/auth/refresh': () => json(tokens(8)),
      'GET /api/v1/me': () => json(demoMe),
    })
    const session = useSessionStore()

    await session.ready()

    expect(session.isAuthenticated).toBe(true)
    expect(JSON.parse(api.callsTo('POST /api/v1/auth/refresh')[0].body)).toEqual({ refreshToken: 'refresh-7' })
    expect(sessionStorage.getItem(REFRESH_KEY)).toBe('refresh-8')
  })

  it('signs out on the server and forgets everything', async () => {
    const api = fakeApi({
      'POST /api/v1/auth/login': () => json(tokens(1)),
      'GET /api/v1/me': () => json(demoMe),
      'POST /api/v1/auth/logout': () => noContent(),
    })
    const session = useSessionStore()
    await session.login('sekcam', 'kinerja-demo')

    await session.logout()

    expect(JSON.parse(api.callsTo('POST /api/v1/auth/logout')[0].body)).toEqual({ refreshToken: 'refresh-1' })
    expect(session.isAuthenticated).toBe(false)
    expect(session.accessToken).toBeNull()
    expect(sessionStorage.getItem(REFRESH_KEY)).toBeNull()
    await vi.advanceTimersByTimeAsync(900_000)
    expect(api.callsTo('POST /api/v1/auth/refresh')).toHaveLength(0)
  })

  it("leaves the unsaved drafts kept on this device, its user's and other users', when signing out", async () => {
    localStorage.clear()
    fakeApi({
      'POST /api/v1/auth/login': () => json(tokens(1)),
      'GET /api/v1/me': () => json(demoMe),
      'POST /api/v1/auth/logout': () => noContent(),
    })
    const session = useSessionStore()
    await session.login('sekcam', 'kinerja-demo')
    writeLocalDraft(localDraftKey('submission', demoMe.user.id, 2), { version: 5, draft: { remarks: 'milik sendiri' } })
    writeLocalDraft(localDraftKey('submission', 9, 2), { version: 5, draft: { remarks: 'milik pengguna lain' } })

    await session.logout()

    expect(localStorage.getItem(localDraftKey('submission', demoMe.user.id, 2))).toContain('milik sendiri')
    expect(localStorage.getItem(localDraftKey('submission', 9, 2))).toContain('milik pengguna lain')
  })
})
