import { describe, expect, it, vi } from 'vitest'
import { idListKey } from './idListKey'

describe('idListKey', () => {
  it('is the same for lists with the same IDs in the same order, and differs otherwise', () => {
    expect(idListKey(['alice', 'bob'])).toBe(idListKey(['alice', 'bob']))
    expect(idListKey(['alice', 'bob'])).not.toBe(idListKey(['bob', 'alice']))
    expect(idListKey(['a\u0000b'])).not.toBe(idListKey(['a', 'b']))
  })

  it('reads the IDs of an array passed again only to compare them, building no new key', () => {
    const toString = vi.fn(() => 'alice')
    const ids = [{ toString }]
    const key = idListKey(ids)
    expect(idListKey(ids)).toBe(key)
    expect(idListKey(ids)).toBe(key)
    expect(toString).toHaveBeenCalledTimes(1)
  })

  it('sees a change made in place to an array passed before', () => {
    const ids = ['alice', 'bob']
    const before = idListKey(ids)
    ids[1] = 'carol'
    expect(idListKey(ids)).not.toBe(before)
    expect(idListKey(ids)).toBe(idListKey(['alice', 'carol']))
  })
})
