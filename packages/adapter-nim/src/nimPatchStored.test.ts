import { describe, expect, it } from 'vitest'
import { isNimPatchStored } from './nimPatchStored'

describe('isNimPatchStored', () => {
  const stored = { accountId: 'me', name: 'Ada', gender: 2, serverExtension: '{"team":"core"}' }

  it('is true when every patched value is on the server, unset fields reading as empty', () => {
    expect(isNimPatchStored(stored, { name: 'Ada', gender: 2, sign: '' })).toBe(true)
    expect(isNimPatchStored({ accountId: 'me' }, { gender: 0, mobile: '' })).toBe(true)
  })

  it('is false when any patched value differs', () => {
    expect(isNimPatchStored(stored, { name: 'Ada', gender: 1 })).toBe(false)
    expect(isNimPatchStored(stored, { serverExtension: '{"team":"web"}' })).toBe(false)
    expect(isNimPatchStored({ accountId: 'me' }, { sign: 'hello' })).toBe(false)
  })
})
