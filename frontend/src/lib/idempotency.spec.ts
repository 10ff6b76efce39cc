import { describe, expect, it } from 'vitest'
import { idempotencyKeys } from './idempotency'

describe('idempotencyKeys', () => {
  it('repeats the key for a retry of the same request, and changes it for another request or after success', () => {
    const keys = idempotencyKeys()
    const first = keys.keyFor({ year: 2027 })
    expect(keys.keyFor({ year: 2027 })).toBe(first)
    const other = keys.keyFor({ year: 2028 })
    expect(other).not.toBe(first)
    keys.done()
    expect(keys.keyFor({ year: 2028 })).not.toBe(other)
  })
})
