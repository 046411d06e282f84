/** Long tasks (over 50 ms, as Chromium reports them) from now until `stop()`: their durations. */
export function watchLongTasks() {
  const durations: number[] = []
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration)
  })
  observer.observe({ type: 'longtask', buffered: false })
  return {
    stop() {
      for (const entry of observer.takeRecords()) durations.push(entry.duration)
      observer.disconnect()
      return durations
    },
  }
}
