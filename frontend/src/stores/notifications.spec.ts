import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { POLL_INTERVAL_MS, useNotificationsStore } from './notifications'
import { fakeApi, json, problem } from '../testing/fakeApi'
import { demoNotifications } from '../testing/demoNotifications'

describe('notifications store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.useFakeTimers()
  })
  afterEach(() => {
    useNotificationsStore().stop()
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('asks at once when started, then every minute, and again when the window regains focus', async () => {
    const api = fakeApi({ 'GET /api/v1/notifications': () => json(demoNotifications()) })
    const store = useNotificationsStore()

    store.start()
    await vi.advanceTimersByTimeAsync(0)
    expect(api.callsTo('GET /api/v1/notifications')).toHaveLength(1)
    expect(store.unread).toBe(1)
    expect(store.items.map((n) => n.id)).toEqual([7, 5])

    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS - 1)
    expect(api.callsTo('GET /api/v1/notifications')).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(api.callsTo('GET /api/v1/notifications')).toHaveLength(2)

    window.dispatchEvent(new Event('focus'))
    await vi.advanceTimersByTimeAsync(0)
    expect(api.callsTo('GET /api/v1/notifications')).toHaveLength(3)
  })

  it('stops asking and forgets the list once stopped (signed out)', async () => {
    const api = fakeApi({ 'GET /api/v1/notifications': () => json(demoNotifications()) })
    const store = useNotificationsStore()
    store.start()
    store.start() // a second start does not poll twice
    await vi.advanceTimersByTimeAsync(0)

    store.stop()
    await vi.advanceTimersByTimeAsync(3 * POLL_INTERVAL_MS)
    window.dispatchEvent(new Event('focus'))
    await vi.advanceTimersByTimeAsync(0)

    expect(api.callsTo('GET /api/v1/notifications')).toHaveLength(1)
    expect(store.items).toEqual([])
    expect(store.unread).toBe(0)
  })

  it('marks one read once and lowers the count; a read one is not sent again', async () => {
    const list = demoNotifications()
    const api = fakeApi({
      'GET /api/v1/notifications': () => json(list),
      'POST /api/v1/notifications/7/read': () => json({ ...list.items[0], readAt: '2026-12-03T10:00:00Z' }),
    })
    const store = useNotificationsStore()
    await store.load()

    await store.markRead(7)
    await store.markRead(5)

    expect(api.callsTo('POST /api/v1/notifications/7/read')).toHaveLength(1)
    expect(api.callsTo('POST /api/v1/notifications/5/read')).toHaveLength(0)
    expect(store.unread).toBe(0)
    expect(store.items[0].readAt).toBe('2026-12-03T10:00:00Z')
  })

  it('marks all read with the list the API answers', async () => {
    const list = demoNotifications()
    const allRead = { unread: 0, items: list.items.map((n) => ({ ...n, readAt: '2026-12-03T10:00:00Z' })) }
    const api = fakeApi({
      'GET /api/v1/notifications': () => json(list),
      'POST /api/v1/notifications/read': () => json(allRead),
    })
    const store = useNotificationsStore()
    await store.load()

    await store.markAllRead()

    expect(api.callsTo('POST /api/v1/notifications/read')).toHaveLength(1)
    expect(store.unread).toBe(0)
    expect(store.items.every((n) => n.readAt)).toBe(true)
  })

  it('keeps the last list and says why when a poll fails', async () => {
    fakeApi({
      'GET /api/v1/notifications': [() => json(demoNotifications()), () => problem('internal-error', 500)],
    })
    const store = useNotificationsStore()
    await store.load()
    await store.load()

    expect(store.items).toHaveLength(2)
    expect(store.unread).toBe(1)
    expect(store.error).toContain('Terjadi kesalahan pada server')
  })
})
