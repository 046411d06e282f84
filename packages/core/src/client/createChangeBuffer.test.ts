import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createChangeBuffer } from './createChangeBuffer'

/** A buffer with a `windowMs` window whose flushes are recorded. */
function bufferOver(windowMs: number) {
  const flush = vi.fn()
  return { flush, buffer: createChangeBuffer(flush, windowMs) }
}

describe('createChangeBuffer', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('hands a burst of events over once per window, in arrival order', () => {
    const { flush, buffer } = bufferOver(16)
    buffer.push([{ userID: 'a', nick: '1' }])
    vi.advanceTimersByTime(8)
    buffer.push([
      { userID: 'b', nick: '2' },
      { userID: 'a', nick: '3' },
    ])
    expect(flush).not.toHaveBeenCalled()
    vi.advanceTimersByTime(8)
    expect(flush).toHaveBeenCalledTimes(1)
    expect(flush).toHaveBeenCalledWith([
      { userID: 'a', nick: '1' },
      { userID: 'b', nick: '2' },
      { userID: 'a', nick: '3' },
    ])
  })

  it('drops what a backend sends that is not an array of objects', () => {
    const { flush, buffer } = bufferOver(0)
    buffer.push(null)
    buffer.push({ userID: 'a' })
    buffer.push([null, 'x', 7, { userID: 'b' }])
    vi.runAllTimers()
    expect(flush).toHaveBeenCalledExactlyOnceWith([{ userID: 'b' }])
  })

  it('clears pending changes on a session reset and keeps listening', () => {
    const { flush, buffer } = bufferOver(16)
    buffer.push([{ userID: 'old-session' }])
    buffer.clear()
    buffer.push([{ userID: 'new-session' }])
    vi.runAllTimers()
    expect(flush).toHaveBeenCalledExactlyOnceWith([{ userID: 'new-session' }])
  })

  it('ignores pushes after dispose, from an adapter that failed to unsubscribe', () => {
    const { flush, buffer } = bufferOver(0)
    buffer.push([{ userID: 'a' }])
    buffer.dispose()
    buffer.push([{ userID: 'b' }])
    vi.runAllTimers()
    expect(flush).not.toHaveBeenCalled()
    expect(vi.getTimerCount()).toBe(0)
  })
})
