import { describe, expect, it } from 'vitest'
import type { AttributedTask, Owner } from './attributeMainThread'
import { summarizeLongTasks } from './longTaskSummary'

/** A long task of `durationMs` with `kit` ms of kit code and `query` ms of TanStack Query in it. */
function task(durationMs: number, { kit = 0, query = 0, cpuMs = durationMs } = {}): AttributedTask {
  const ms: Record<Owner, number> = { kit, query, react: 0, app: durationMs - kit - query, gc: 0, browser: 0 }
  return { startMs: 0, durationMs, cpuMs, ms }
}

describe('summarizeLongTasks', () => {
  it("counts a long task against the kit only when the kit's time made it long", () => {
    const summary = summarizeLongTasks([
      task(80, { kit: 5 }), // long without the kit: not the kit's
      task(70, { kit: 15, query: 10 }), // 45 ms without the kit and TanStack Query under it: the kit's
      task(300, { kit: 60 }), // long either way, but the kit alone ran 60 ms: the kit's
      task(120, { kit: 50 }), // 70 ms without it, and 50 ms is not over the limit: not the kit's
    ])
    expect(summary.causedByKit).toBe(2)
    expect(summary.maxKitMsInOneTask).toBe(60)
    expect(summary.count).toBe(4)
    expect(summary.longestMs).toBe(300)
  })

  it('tells tasks long on the CPU from tasks long because the machine took the CPU away', () => {
    const summary = summarizeLongTasks([task(90, { cpuMs: 30 }), task(60, { cpuMs: 55 })])
    expect(summary.longOnCpu).toBe(1)
    expect(summary.causedByKit).toBe(0)
  })

  it('reports an empty scroll as nothing, not as -Infinity', () => {
    expect(summarizeLongTasks([])).toEqual({
      count: 0,
      longestMs: 0,
      longOnCpu: 0,
      causedByKit: 0,
      maxKitMsInOneTask: 0,
    })
  })
})
