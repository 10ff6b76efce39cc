/**
 * Idempotency keys for the POSTs that create (a cycle, a form, a kecamatan): one key per thing the
 * user means to create. A retry of the same request after a lost answer (or a second click) sends the
 * same key, so the server creates it once and answers the first result again; a changed request, or
 * the next one after a success, gets a new key.
 */
export function idempotencyKeys() {
  let key = ''
  let sent = ''

  function fresh(): string {
    return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`
  }

  return {
    /** The key for this request body: the previous one while the body is the same. */
    keyFor(body: unknown): string {
      const json = JSON.stringify(body)
      if (!key || json !== sent) {
        key = fresh()
        sent = json
      }
      return key
    },
    /** The request succeeded: the next one is a new intent. */
    done(): void {
      key = ''
    },
  }
}
