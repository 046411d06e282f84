/**
 * Card renders, counted by the bench's own card wrappers: React's `<Profiler>` reports nothing in
 * production builds, and the numbers must come from the same build users ship.
 */
export const renderCount = { cards: 0 }

/** Called at the top of every variant's card wrapper, once per render of that card. */
export function countCardRender(): void {
  renderCount.cards++
}
