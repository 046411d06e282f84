/**
 * What a trace must record for `attributeMainThread`: the main thread's tasks (`RunTask`), the V8
 * sampling profiler's stacks, and the page's `performance.mark`s that bound the measured window.
 */
export const TRACE_CATEGORIES = [
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
] as const
