import type { DraftStorage } from '../settings'

/** A draft storage that lives as long as the story, so stories never see each other's drafts. */
export function memoryStorage(
  initial: Record<string, string> = {},
): DraftStorage & { readonly items: Map<string, string> } {
  const items = new Map(Object.entries(initial))
  return {
    items,
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => void items.set(name, value),
    removeItem: (name) => void items.delete(name),
  }
}
