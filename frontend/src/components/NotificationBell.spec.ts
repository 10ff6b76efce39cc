import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/vue'
import { flushPromises } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import NotificationBell from './NotificationBell.vue'
import { fakeApi, json } from '../testing/fakeApi'
import { demoNotifications } from '../testing/demoNotifications'

async function renderBell() {
  const stub = { template: '<p />' }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'home', component: stub },
      { path: '/rekap/:recapId', name: 'recap', component: stub },
      { path: '/formulir/:id', name: 'form', component: stub },
    ],
  })
  await router.push('/')
  await router.isReady()
  render(NotificationBell, { global: { plugins: [createPinia(), router] } })
  await flushPromises()
  return router
}

describe('NotificationBell', () => {
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('tells the unread count in its name and lists the notifications when opened', async () => {
    fakeApi({ 'GET /api/v1/notifications': () => json(demoNotifications()) })
    await renderBell()

    const bell = screen.getByRole('button', { name: 'Notifikasi, 1 belum dibaca' })
    expect(bell.getAttribute('aria-expanded')).toBe('false')
    await fireEvent.click(bell)
    await flushPromises()

    expect(bell.getAttribute('aria-expanded')).toBe('true')
    const panel = screen.getByRole('region', { name: 'Notifikasi' })
    const items = within(panel).getAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(items[0].textContent).toContain('Tugas terlambat: Memvalidasi data kinerja (belum dibaca)')
    expect(items[0].textContent).toContain('melewati tenggat')
    expect(items[0].textContent).toContain('3 Desember 2026 pukul 16.05')
    expect(items[1].textContent).not.toContain('belum dibaca')
  })

  it('is only "Notifikasi" without unread ones, and says when there are none', async () => {
    fakeApi({ 'GET /api/v1/notifications': () => json({ unread: 0, items: [] }) })
    await renderBell()

    await fireEvent.click(screen.getByRole('button', { name: 'Notifikasi' }))
    await flushPromises()

    expect(screen.getByText('Belum ada notifikasi.')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Tandai semua dibaca' })).toBeNull()
  })

  it('marks a notification read and opens the page it links to', async () => {
    const list = demoNotifications()
    const api = fakeApi({
      'GET /api/v1/notifications': () => json(list),
      'POST /api/v1/notifications/7/read': () => json({ ...list.items[0], readAt: '2026-12-03T10:00:00Z' }),
    })
    const router = await renderBell()

    await fireEvent.click(screen.getByRole('button', { name: /^Notifikasi/ }))
    await flushPromises()
    await fireEvent.click(screen.getByRole('button', { name: /Tugas terlambat: Memvalidasi data kinerja/ }))
    await flushPromises()

    expect(api.callsTo('POST /api/v1/notifications/7/read')).toHaveLength(1)
    expect(router.currentRoute.value.fullPath).toBe('/rekap/12')
    expect(screen.queryByRole('region', { name: 'Notifikasi' })).toBeNull()
    expect(screen.getByRole('button', { name: 'Notifikasi' })).toBeTruthy()
  })

  it('marks all read with "Tandai semua dibaca"', async () => {
    const list = demoNotifications()
    const api = fakeApi({
      'GET /api/v1/notifications': () => json(list),
      'POST /api/v1/notifications/read': () =>
        json({ unread: 0, items: list.items.map((n) => ({ ...n, readAt: '2026-12-03T10:00:00Z' })) }),
    })
    await renderBell()

    await fireEvent.click(screen.getByRole('button', { name: 'Notifikasi, 1 belum dibaca' }))
    await flushPromises()
    await fireEvent.click(screen.getByRole('button', { name: 'Tandai semua dibaca' }))
    await flushPromises()

    expect(api.callsTo('POST /api/v1/notifications/read')).toHaveLength(1)
    expect(screen.getByRole('button', { name: 'Notifikasi' })).toBeTruthy()
    expect(screen.queryByText(/belum dibaca/)).toBeNull()
  })

  it('closes on Escape and gives the focus back to the bell', async () => {
    fakeApi({ 'GET /api/v1/notifications': () => json(demoNotifications()) })
    await renderBell()
    const bell = screen.getByRole('button', { name: /^Notifikasi/ })

    await fireEvent.click(bell)
    await flushPromises()
    await fireEvent.keyDown(screen.getByRole('region', { name: 'Notifikasi' }), { key: 'Escape' })

    expect(screen.queryByRole('region', { name: 'Notifikasi' })).toBeNull()
    expect(document.activeElement).toBe(bell)
  })
})
