import { describe, expect, it } from 'vitest'
import { ProfileError } from '../errors/ProfileError'
import { batchUserIDs } from './batchUserIDs'

describe('batchUserIDs', () => {
  it('drops duplicates, keeping first-seen order, and splits into batches of at most the size', () => {
    expect(batchUserIDs(['a', 'b', 'a', 'c', 'd', 'b', 'e'], 2)).toEqual([['a', 'b'], ['c', 'd'], ['e']])
  })

  it('gives no batch for no IDs', () => {
    expect(batchUserIDs([], 100)).toEqual([])
  })

  it.each([
    [['alice', ''], 1, 'userIDs[1] must be a non-empty string, got an empty string.'],
    [['alice', 'bob', '  '], 2, 'userIDs[2] must be a non-empty string, got a blank string.'],
    [[7], 0, 'userIDs[0] must be a non-empty string, got a number (7).'],
    [['a', undefined], 1, 'userIDs[1] must be a non-empty string, got undefined.'],
  ])('rejects %j naming the first bad ID', (ids, index, message) => {
    const error = (() => {
      try {
        batchUserIDs(ids, 100)
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(ProfileError)
    expect(error).toMatchObject({ code: 'invalid_argument', field: `userIDs[${index}]`, message })
  })

  it.each([0, -1, 1.5, Number.NaN])('rejects a batch size of %s instead of looping forever', (size) => {
    expect(() => batchUserIDs(['a'], size)).toThrow(/maxBatchSize must be a positive integer/)
  })
})
