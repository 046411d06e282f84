import type { AttributedTask, Owner } from './attributeMainThread'

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
   * Long tasks the kit caused (the goal is 0): those in which the kit's own code and the TanStack
   * Query work under it ran over 50 ms, or without which the task would have stayed at 50 ms or under.
   */
  causedByKit: number
  /** The most kit and TanStack Query time in any one long task (ms). */
  maxKitMsInOneTask: number
}

const round = (ms: number) => Math.round(ms * 10) / 10
const kitMs = (task: AttributedTask) => task.ms.kit + task.ms.query

/** Whether the kit made `task` long: its own time alone was long, or the rest alone was not. */
export const causedByKit = (task: AttributedTask) =>
  kitMs(task) > LONG_TASK_MS || task.durationMs - kitMs(task) <= LONG_TASK_MS

/** Sums one traced scroll's long tasks: counts, the longest, and which ones the kit's work made long. */
export function summarizeLongTasks(longTasks: readonly AttributedTask[]): LongTaskSummary {
  return {
    count: longTasks.length,
    longestMs: round(Math.max(0, ...longTasks.map((task) => task.durationMs))),
    longOnCpu: longTasks.filter((task) => task.cpuMs > LONG_TASK_MS).length,
    causedByKit: longTasks.filter(causedByKit).length,
    maxKitMsInOneTask: round(Math.max(0, ...longTasks.map(kitMs))),
  }
}

/** The main thread's time by owner, rounded to 0.1 ms (`results.json` keeps it short). */
export function roundedByOwner(total: Record<Owner, number>): Record<Owner, number> {
  return Object.fromEntries(Object.entries(total).map(([owner, ms]) => [owner, round(ms)])) as Record<
    Owner,
    number
  >
}
