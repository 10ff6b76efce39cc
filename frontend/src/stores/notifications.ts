import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { errorMessage } from '../api/problems'
import { notificationCalls, type NotificationList, type NotificationView } from '../api/sla'

/** How often the bell asks for new notifications while the user is signed in. */
export const POLL_INTERVAL_MS = 60_000

/**
 * The bell: the user's newest notifications and how many are unread. While started (signed in) it
 * asks every minute and whenever the window regains focus.
 */
export const useNotificationsStore = defineStore('notifications', () => {
  const items = ref<NotificationView[]>([])
  const unread = ref(0)
  const loaded = ref(false)
  /** Why the last call failed, in Bahasa Indonesia; the list shown is the last one received. */
  const error = ref<string | null>(null)
  const hasUnread = computed(() => unread.value > 0)

  let timer: ReturnType<typeof setInterval> | undefined
  let loading: Promise<void> | null = null

  function accept(list: NotificationList) {
    items.value = list.items
    unread.value = list.unread
    loaded.value = true
    error.value = null
  }

  /** Fetches the list; calls made while one is under way share it. */
  function load(): Promise<void> {
    loading ??= notificationCalls
      .list()
      .then(accept, (caught: unknown) => {
        error.value = errorMessage(caught)
      })
      .finally(() => {
        loading = null
      })
    return loading
  }

  async function markRead(id: number): Promise<void> {
    const item = items.value.find((n) => n.id === id)
    if (!item || item.readAt) return
    try {
      const read = await notificationCalls.markRead(id)
      items.value = items.value.map((n) => (n.id === id ? read : n))
      unread.value = Math.max(0, unread.value - 1)
      error.value = null
    } catch (caught) {
      error.value = errorMessage(caught)
    }
  }

  async function markAllRead(): Promise<void> {
    try {
      accept(await notificationCalls.markAllRead())
    } catch (caught) {
      error.value = errorMessage(caught)
    }
  }

  function onFocus() {
    void load()
  }

  function onVisible() {
    if (document.visibilityState === 'visible') void load()
  }

  /** Starts polling (idempotent). */
  function start(): void {
    if (timer !== undefined) return
    void load()
    timer = setInterval(() => void load(), POLL_INTERVAL_MS)
    window.addEventListener('focus', onFocus)
    document.addEventListener('visibilitychange', onVisible)
  }

  /** Stops polling and forgets the list (signed out). */
  function stop(): void {
    clearInterval(timer)
    timer = undefined
    window.removeEventListener('focus', onFocus)
    document.removeEventListener('visibilitychange', onVisible)
    items.value = []
    unread.value = 0
    loaded.value = false
    error.value = null
  }

  return { items, unread, loaded, error, hasUnread, load, markRead, markAllRead, start, stop }
})
