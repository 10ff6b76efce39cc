import { vi } from 'vitest'
import type { Schemas } from '../api/client'

/** Test helpers: a stubbed global fetch that answers by "METHOD /path", and demo bodies. */

type Handler = (request: Request) => Response | Promise<Response>

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } })
}

export function problem(slug: string, status: number, headers: Record<string, string> = {}): Response {
  const body = { type: `urn:alur-kinerja:problem:${slug}`, title: slug, status }
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  })
}

/** A problem document with its members: field errors, a typed context. */
export function problemWith(status: number, slug: string, members: Record<string, unknown> = {}): Response {
  const body = { type: `urn:alur-kinerja:problem:${slug}`, title: slug, status, ...members }
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } })
}

export function noContent(): Response {
  return new Response(null, { status: 204 })
}

/**
 * Replaces the global fetch. Each key "POST /api/v1/auth/login" maps to a handler, or to a list of
 * handlers answering successive calls (the last one repeats). Unknown calls answer 404.
 */
export function fakeApi(routes: Record<string, Handler | Handler[]>) {
  const calls: { method: string; path: string; authorization: string | null; ifMatch?: string | null; idempotencyKey?: string | null; body: string }[] = []
  const served = new Map<string, number>()
  const fetch = vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname
    const key = `${request.method} ${path}`
    calls.push({
      method: request.method,
      path,
      authorization: request.headers.get('Authorization'),
      ifMatch: request.headers.get('If-Match'),
      idempotencyKey: request.headers.get('Idempotency-Key'),
      body: request.body ? await request.clone().text() : '',
    })
    const route = routes[key]
    if (!route) return problem('not-found', 404)
    const count = served.get(key) ?? 0
    served.set(key, count + 1)
    const handler = Array.isArray(route) ? route[Math.min(count, route.length - 1)] : route
    return handler(request)
  })
  vi.stubGlobal('fetch', fetch)
  return { calls, fetch, callsTo: (key: string) => calls.filter((c) => `${c.method} ${c.path}` === key) }
}

export function tokens(n: number, expiresIn = 900): Schemas['TokenResponse'] {
  return {
    accessToken: `access-${n}`,
    refreshToken: `refresh-${n}`,
    tokenType: 'Bearer',
    expiresIn,
    refreshExpiresIn: 28_800,
  }
}

export const demoMe: Schemas['MeView'] = {
  user: {
    id: 4,
    username: 'sekcam',
    fullName: 'Dra. Sri Lestari',
    employment: 'PNS',
    nip: '197501012000032001',
    jabatan: 'Sekretaris Kecamatan',
    pangkatGolongan: 'Pembina (IV/a)',
    kabupatenId: 1,
    kecamatanId: 1,
    roles: ['SEKCAM'],
    active: true,
    version: 0,
  },
  kecamatan: { id: 1, code: '33.11.04', name: 'Bulu' },
  positions: [
    { role: 'SEKCAM', roleLabel: 'Sekretaris Kecamatan', title: 'Sekretaris Kecamatan Bulu', kecamatanId: 1 },
    {
      role: 'CAMAT',
      roleLabel: 'Camat',
      acting: 'PLH',
      title: 'Plh. Camat Bulu',
      kecamatanId: 1,
      startsOn: '2026-11-23',
      endsOn: '2026-11-27',
    },
  ],
  actingAssignments: [],
  verbs: ['form.paraf', 'submission.verify'],
}
