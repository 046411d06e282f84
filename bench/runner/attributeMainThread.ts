/**
 * Who made a long task long. Chromium's `longtask` entries say only that a task took over 50 ms, not
 * whose code ran in it; on a shared machine the list without the kit has long tasks too. A trace
 * (`browser.startTracing`) has both: the main thread's tasks (`RunTask`) and the V8 sampling
 * profiler's stacks on the same clock. Each sample inside a long task is billed to the first owner
 * found on its stack, in {@link OWNERS} order, by the URL of the frame's script (the bench page puts
 * the kit, TanStack Query and React in chunks of their own).
 */

/** Who a sample's time is billed to. `browser` is Chromium's own work: style, layout, paint, parsing. */
export type Owner = 'kit' | 'query' | 'react' | 'app' | 'gc' | 'browser'

/**
 * Script owners in billing order: a stack with a kit frame is the kit's, even when it calls into
 * TanStack Query or React calls it (a hook); then TanStack Query's (the kit's own cache, in a kit app).
 */
const OWNERS = ['kit', 'query', 'react'] as const

/** Which script URLs belong to whom (the bench page's chunk names). */
export type ScriptOwners = Record<(typeof OWNERS)[number], RegExp>

/** One long task on the page's main thread, with its time split by owner (ms). */
export interface AttributedTask {
  /** From the first mark, ms. */
  startMs: number
  durationMs: number
  /**
   * The main thread's CPU time in the task (`tdur`). Less than `durationMs` when the machine took
   * the CPU away: on a shared machine a task can be long without running long.
   */
  cpuMs: number
  ms: Record<Owner, number>
}

/** The subset of Chrome's trace event format read here. */
export interface TraceEvent {
  name: string
  cat: string
  ph: string
  ts: number
  dur?: number
  /** Thread (CPU) duration, µs. */
  tdur?: number
  pid: number
  tid: number
  id?: string
  args?: { data?: Record<string, unknown> }
}

interface ProfileNode {
  id: number
  parent?: number
  callFrame: { url?: string; functionName: string }
}

interface Sample {
  ts: number
  node: number
}

const LONG_TASK_US = 50_000

/** What the main thread did between two marks: its long tasks, and all its time, split by owner. */
export interface MainThreadAttribution {
  longTasks: AttributedTask[]
  /** Every sampled millisecond between the marks, by owner (idle time left out). */
  total: Record<Owner, number>
}

/**
 * The long tasks (over 50 ms) of the main thread that emitted the `from` and `to` user-timing marks,
 * between them, each with its time split by owner; and that thread's whole time between the marks.
 *
 * @example
 * ```ts
 * await browser.startTracing(page, { categories: TRACE_CATEGORIES })
 * // … the page marks 'scroll-start', scrolls, marks 'scroll-end'
 * const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents
 * const { longTasks } = attributeMainThread(events, ['scroll-start', 'scroll-end'], owners)
 * ```
 */
export function attributeMainThread(
  events: readonly TraceEvent[],
  [from, to]: readonly [string, string],
  owners: ScriptOwners,
): MainThreadAttribution {
  const start = mark(events, from)
  const end = mark(events, to)
  const tasks = events.filter(
    (event) =>
      event.pid === start.pid &&
      event.tid === start.tid &&
      event.name === 'RunTask' &&
      event.ph === 'X' &&
      (event.dur ?? 0) > LONG_TASK_US &&
      event.ts >= start.ts &&
      event.ts <= end.ts,
  )
  const { nodes, samples } = readProfile(events, start)
  const ownerOf = memoize((node: number) => ownerOfStack(nodes, node, owners))
  /** The sampled time between `from` and `to` (µs), by owner, in ms. */
  const bill = (fromUs: number, toUs: number) => {
    const ms: Record<Owner, number> = { kit: 0, query: 0, react: 0, app: 0, gc: 0, browser: 0 }
    samples.forEach((sample, index) => {
      const next = samples[index + 1]?.ts ?? sample.ts
      const spanUs = Math.min(next, toUs) - Math.max(sample.ts, fromUs)
      const owner = spanUs > 0 ? ownerOf(sample.node) : undefined
      if (owner) ms[owner] += spanUs / 1000
    })
    return ms
  }
  const longTasks = tasks.map((task) => ({
    startMs: (task.ts - start.ts) / 1000,
    durationMs: task.dur! / 1000,
    cpuMs: (task.tdur ?? task.dur!) / 1000,
    ms: bill(task.ts, task.ts + task.dur!),
  }))
  return { longTasks, total: bill(start.ts, end.ts) }
}

function mark(events: readonly TraceEvent[], name: string): TraceEvent {
  const found = events.find((event) => event.cat.includes('user_timing') && event.name === name)
  if (!found)
    throw new Error(`bench: the trace has no user-timing mark '${name}' (category blink.user_timing).`)
  return found
}

/**
 * The sampling profile of the main thread: the `Profile` event on that thread gives its start and
 * id; `ProfileChunk` events (written from the profiler's own thread) carry its nodes and samples.
 */
function readProfile(events: readonly TraceEvent[], main: TraceEvent) {
  const profile = events.find(
    (event) => event.name === 'Profile' && event.pid === main.pid && event.tid === main.tid,
  )
  if (!profile)
    throw new Error('bench: the trace has no CPU profile (category disabled-by-default-v8.cpu_profiler).')
  const nodes = new Map<number, ProfileNode>()
  const samples: Sample[] = []
  let ts = profile.args?.data?.startTime as number
  const chunks = events.filter(
    (event) => event.name === 'ProfileChunk' && event.pid === profile.pid && event.id === profile.id,
  )
  for (const chunk of chunks) {
    const data = chunk.args?.data as {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }
      timeDeltas?: number[]
    }
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node)
    const deltas = data.timeDeltas ?? []
    ;(data.cpuProfile?.samples ?? []).forEach((node, index) => {
      ts += deltas[index] ?? 0
      samples.push({ ts, node })
    })
  }
  return { nodes, samples }
}

/** The owner of one sampled stack; `undefined` when the thread was idle. */
function ownerOfStack(
  nodes: Map<number, ProfileNode>,
  leaf: number,
  owners: ScriptOwners,
): Owner | undefined {
  const leafName = nodes.get(leaf)?.callFrame.functionName
  if (leafName === '(idle)') return undefined
  if (leafName === '(garbage collector)') return 'gc'
  if (leafName === '(program)') return 'browser'
  const urls: string[] = []
  for (
    let node = nodes.get(leaf);
    node;
    node = node.parent === undefined ? undefined : nodes.get(node.parent)
  ) {
    if (node.callFrame.url) urls.push(node.callFrame.url)
  }
  return (
    OWNERS.find((owner) => urls.some((url) => owners[owner].test(url))) ?? (urls.length ? 'app' : 'browser')
  )
}

function memoize<T>(compute: (key: number) => T): (key: number) => T {
  const cache = new Map<number, T>()
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key))
    return cache.get(key)!
  }
}
