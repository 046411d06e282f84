import type { MainThreadAttribution, Owner } from './attributeMainThread'

/** A long task is over this many milliseconds (Chromium's and the threshold). */
const LONG_TASK_MS = 50

/** The big group's long tasks during the scroll, and whose they were. */
export interface LongTaskSummary {
  /** Long tasks (over 50 ms) on the page's main thread. */
  count: number
  longestMs: number
  /** Long tasks whose CPU time alone was over 50 ms; the rest were long because the machine was busy. */
  longOnCpu: number
  /**
   * Long tasks the kit caused: those that would have stayed at 50 ms or under without the kit's
   * own code and the TanStack Query work under it (the goal is 0).
   */
  causedByKit: number
  /** The most kit and TanStack Query time in any one long task (ms). */
  maxKitMsInOneTask: number
  /** The main thread's whole time during the scroll, by owner (ms, idle left out). */
  totalMs: Record<Owner, number>
}

const round = (ms: number) => Math.round(ms * 10) / 10

/** Sums one traced scroll: counts, the longest, and which long tasks the kit's work made long. */
export function summarizeLongTasks({ longTasks, total }: MainThreadAttribution): LongTaskSummary {
  const kitMs = (ms: Record<Owner, number>) => ms.kit + ms.query
  const totalMs = Object.fromEntries(
    Object.entries(total).map(([owner, ms]) => [owner, round(ms)]),
  ) as Record<Owner, number>
  return {
    count: longTasks.length,
    longestMs: round(Math.max(0, ...longTasks.map((task) => task.durationMs))),
    longOnCpu: longTasks.filter((task) => task.cpuMs > LONG_TASK_MS).length,
    causedByKit: longTasks.filter((task) => task.durationMs - kitMs(task.ms) <= LONG_TASK_MS).length,
    maxKitMsInOneTask: round(Math.max(0, ...longTasks.map((task) => kitMs(task.ms)))),
    totalMs,
  }
}
