import { createRouter, createWebHistory, type RouteRecordRaw, type Router, type RouterHistory } from 'vue-router'
import { useSessionStore } from './stores/session'
import { safeRedirect } from './lib/redirect'
import type { Schemas } from './api/client'
import { SLA_READ } from './api/monitoring'
import LoginPage from './pages/LoginPage.vue'
import HomePage from './pages/HomePage.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** Shown in the browser tab, before " — Alur Kinerja". */
    title: string
    /** Open without signing in. */
    public?: boolean
    /** The verb the user must hold to open the page. */
    verb?: Schemas['Verb']
    /** The label in the main menu; pages without one are not listed. */
    nav?: string
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: LoginPage, meta: { title: 'Masuk', public: true } },
  { path: '/', name: 'home', component: HomePage, meta: { title: 'Beranda', nav: 'Beranda' } },
  {
    path: '/siklus',
    name: 'cycles',
    component: () => import('./pages/CyclesPage.vue'),
    meta: { title: 'Siklus', nav: 'Siklus', verb: 'form.read' },
  },
  {
    path: '/siklus/:cycleId(\\d+)/sop',
    name: 'cycle-sop',
    component: () => import('./pages/CycleSopPage.vue'),
    meta: { title: 'Alur SOP', verb: SLA_READ },
  },
  {
    // its own chunk, with the charts: echarts is never part of the first load
    path: '/dasbor',
    name: 'dashboard',
    component: () => import('./pages/DashboardPage.vue'),
    meta: { title: 'Dasbor', nav: 'Dasbor', verb: SLA_READ },
  },
  {
    path: '/formulir/:id(\\d+)',
    name: 'form',
    component: () => import('./pages/FormPage.vue'),
    meta: { title: 'Formulir Data Kinerja', verb: 'form.read' },
  },
  {
    path: '/data/:submissionId(\\d+)',
    name: 'submission',
    component: () => import('./pages/SubmissionPage.vue'),
    meta: { title: 'Data Kinerja Unit', verb: 'submission.read' },
  },
  {
    path: '/rekap/:recapId(\\d+)',
    name: 'recap',
    component: () => import('./pages/RecapPage.vue'),
    meta: { title: 'Rekap Data Kinerja', verb: 'recap.read' },
  },
  {
    path: '/admin/units',
    name: 'admin-units',
    component: () => import('./pages/AdminUnitsPage.vue'),
    meta: { title: 'Unit Kerja', nav: 'Unit Kerja', verb: 'unit.manage' },
  },
  {
    path: '/admin/users',
    name: 'admin-users',
    component: () => import('./pages/AdminUsersPage.vue'),
    meta: { title: 'Pengguna', nav: 'Pengguna', verb: 'user.manage' },
  },
  {
    path: '/admin/kalender',
    name: 'admin-calendar',
    component: () => import('./pages/AdminCalendarPage.vue'),
    meta: { title: 'Kalender Kerja', nav: 'Kalender Kerja', verb: 'calendar.manage' },
  },
  {
    path: '/kabupaten',
    name: 'kabupaten',
    component: () => import('./pages/KabupatenPage.vue'),
    meta: { title: 'Kabupaten', nav: 'Kabupaten', verb: 'kecamatan.manage' },
  },
  {
    path: '/kabupaten/akun-layanan',
    name: 'service-accounts',
    component: () => import('./pages/ServiceAccountsPage.vue'),
    meta: { title: 'Akun Layanan', nav: 'Akun Layanan', verb: 'client.manage' },
  },
  {
    path: '/akun/token-api',
    name: 'api-tokens',
    component: () => import('./pages/ApiTokensPage.vue'),
    meta: { title: 'Token API', nav: 'Token API' },
  },
  {
    path: '/akun/kata-sandi',
    name: 'change-password',
    component: () => import('./pages/ChangePasswordPage.vue'),
    meta: { title: 'Ubah Kata Sandi', nav: 'Ubah Kata Sandi' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./pages/NotFoundPage.vue'),
    meta: { title: 'Halaman Tidak Ditemukan', public: true },
  },
  {
    // reached only by name, keeping the address the user asked for (see the guard)
    path: '/:forbiddenPath(.*)*',
    name: 'forbidden',
    component: () => import('./pages/ForbiddenPage.vue'),
    meta: { title: 'Akses Ditolak' },
  },
]

/** The menu entries the user may open. */
export function navigationFor(can: (verb: Schemas['Verb']) => boolean): { name: string; label: string }[] {
  return routes
    .filter((route) => route.meta?.nav && (!route.meta.verb || can(route.meta.verb)))
    .map((route) => ({ name: String(route.name), label: route.meta!.nav! }))
}

export function createAppRouter(history: RouterHistory = createWebHistory()): Router {
  const router = createRouter({ history, routes })

  router.beforeEach(async (to) => {
    const session = useSessionStore()
    await session.ready()
    if (to.name === 'login' && session.isAuthenticated) return safeRedirect(to.query.redirect)
    if (to.meta.public) return true
    if (!session.isAuthenticated) {
      return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
    }
    if (to.meta.verb && !session.can(to.meta.verb)) {
      return {
        name: 'forbidden',
        params: { forbiddenPath: to.path.substring(1).split('/') },
        query: to.query,
        hash: to.hash,
      }
    }
    return true
  })

  router.afterEach((to) => {
    document.title = `${to.meta.title} — Alur Kinerja`
  })

  return router
}
