import createClient, { type Middleware } from 'openapi-fetch'
import type { components, paths } from './schema'
import { ApiError } from './problems'

/** The API's schemas by name, e.g. `Schemas['UserView']`. Generated from ../openapi.yaml. */
export type Schemas = components['schemas']

/** Where the client gets the access token from and how it renews it (the session store). */
export interface TokenSource {
  accessToken(): string | null
  /** Renews the access token after a 401; resolves to true when a new token is available. */
  refreshAfterUnauthorized(rejectedToken: string): Promise<boolean>
}

let tokenSource: TokenSource | null = null

/** Called by the session store; the client then signs requests with its token. */
export function bindTokenSource(source: TokenSource | null): void {
  tokenSource = source
}

/** The access token for requests the typed client cannot make (uploads that report progress). */
export function currentAccessToken(): string | null {
  return tokenSource?.accessToken() ?? null
}

/** After such a request answered 401: renews the session once; true when a new token is available. */
export async function renewAccessToken(rejectedToken: string): Promise<boolean> {
  return tokenSource ? tokenSource.refreshAfterUnauthorized(rejectedToken) : false
}

const AUTH_PREFIX = '/api/v1/auth/'
const ANONYMOUS = new Set(['/api/v1/auth/login', '/api/v1/auth/refresh'])

/** Copies of authenticated requests, kept until their response arrives, to send them once more. */
const retryable = new Map<string, Request>()

/**
 * Adds `Authorization: Bearer` to every call except login and refresh. When such a call answers 401,
 * asks the session for ONE refresh and repeats the call once with the new token.
 */
export const authMiddleware: Middleware = {
  onRequest({ request, schemaPath, id }) {
    const token = tokenSource?.accessToken()
    if (ANONYMOUS.has(schemaPath) || !token) return undefined
    request.headers.set('Authorization', `Bearer ${token}`)
    if (!schemaPath.startsWith(AUTH_PREFIX)) retryable.set(id, request.clone())
    return request
  },
  async onResponse({ response, id, options }) {
    const original = retryable.get(id)
    retryable.delete(id)
    if (!original || response.status !== 401 || !tokenSource) return undefined
    const rejected = original.headers.get('Authorization')?.replace(/^Bearer /, '') ?? ''
    if (!(await tokenSource.refreshAfterUnauthorized(rejected))) return undefined
    const token = tokenSource.accessToken()
    if (!token) return undefined
    original.headers.set('Authorization', `Bearer ${token}`)
    return options.fetch(original)
  },
  onError({ id }) {
    retryable.delete(id)
    return undefined
  },
}

/**
 * The typed API client. Requests go to the page's own origin (the backend serves the SPA; Vite proxies
 * /api in development). The origin is spelled out because jsdom's Request cannot take relative URLs.
 */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  // resolved at call time so tests can stub the global fetch
  fetch: (input: Request) => globalThis.fetch(input),
})
api.use(authMiddleware)

/** What openapi-fetch resolves to: a body on success, a (problem) body otherwise, and the response. */
type ApiResult = { data?: unknown; error?: unknown; response: Response }
/** The success body of an API result. */
type Body<R extends ApiResult> = Exclude<R['data'], undefined>

/** Awaits an API call and returns its body and response, or throws an {@link ApiError}. */
export async function send<R extends ApiResult>(call: Promise<R>): Promise<{ data: Body<R>; response: Response }> {
  const result = await call
  if (result.error !== undefined || !result.response.ok) {
    throw ApiError.from(result.response, result.error)
  }
  return { data: result.data as Body<R>, response: result.response }
}

/** Awaits an API call and returns its body, or throws an {@link ApiError}. */
export async function unwrap<R extends ApiResult>(call: Promise<R>): Promise<Body<R>> {
  return (await send(call)).data
}
