import { describe, expect, it, vi } from 'vitest'
import { createResetCoalescer } from './createResetCoalescer'

const nextMicrotask = () => new Promise<void>((resolve) => queueMicrotask(resolve))

/** A coalescer whose `onReset` calls are recorded. */
function recordedResets() {
  const onReset = vi.fn()
  return { onReset, resets: createResetCoalescer(onReset) }
}

describe('createResetCoalescer', () => {
  it('calls onReset once for a burst of asks, after the burst', async () => {
    const { onReset, resets } = recordedResets()
    resets.reset()
    resets.reset()
    resets.reset()
    expect(onReset).not.toHaveBeenCalled()
    await nextMicrotask()
    expect(onReset).toHaveBeenCalledTimes(1)
  })

  it('resets again for a later burst', async () => {
    const { onReset, resets } = recordedResets()
    resets.reset()
    await nextMicrotask()
    resets.reset()
    await nextMicrotask()
    expect(onReset).toHaveBeenCalledTimes(2)
  })

  it('drops a pending reset and ignores later asks once stopped', async () => {
    const { onReset, resets } = recordedResets()
    resets.reset()
    resets.stop()
    resets.reset()
    await nextMicrotask()
    await nextMicrotask()
    expect(onReset).not.toHaveBeenCalled()
  })

  it('does nothing without an onReset', async () => {
    const resets = createResetCoalescer(undefined)
    expect(() => resets.reset()).not.toThrow()
    await nextMicrotask()
  })
})
