import { render } from '@testing-library/vue'
import { createPinia, type Pinia } from 'pinia'
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router'
import type { Component } from 'vue'

const stub = { template: '<p />' }
/** The routes the document pages link to, as stubs. */
const LINKED: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: stub },
  { path: '/siklus', name: 'cycles', component: stub },
  { path: '/formulir/:id', name: 'form', component: stub },
]

/**
 * Renders a page at `path` of `route` (the page's own route), with the routes it links to; `pinia`
 * when the test set up a store first (e.g. the signed-in user).
 */
export async function renderPage(page: Component, route: RouteRecordRaw, path: string, pinia: Pinia = createPinia()) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [route, ...LINKED.filter((r) => r.name !== route.name)],
  })
  await router.push(path)
  await router.isReady()
  render(page, { global: { plugins: [pinia, router] } })
  return router
}
