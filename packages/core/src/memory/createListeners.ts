import type { ProfileChange } from '../model/profile'

/** The subscribers of one memory adapter. */
export interface Listeners {
  /** Adds a subscriber; the returned function removes it (calling it twice is harmless). */
  add(onChange: (changes: ProfileChange[]) => void, onReset?: () => void): () => void
  /** Tells every subscriber, later, that these profiles changed. */
  emitChange(changes: readonly ProfileChange[]): void
  /** Tells every subscriber, later, that the session was reset. */
  emitReset(): void
}

interface Subscriber {
  onChange: (changes: ProfileChange[]) => void
  onReset: (() => void) | undefined
}

/**
 * Subscribers notified the way chat SDKs do: asynchronously, after the call that caused the
 * event. Each delivery is its own microtask, so a throwing subscriber surfaces its own error
 * without keeping the others from hearing the event, and no timer outlives an unsubscribe.
 *
 * @internal Used by {@link createMemoryAdapter}.
 */
export function createListeners(): Listeners {
  const subscribers = new Set<Subscriber>()

  function deliver(notify: (subscriber: Subscriber) => void): void {
    for (const subscriber of subscribers) {
      // Checked again at delivery: an unsubscribe in between means no event.
      queueMicrotask(() => {
        if (subscribers.has(subscriber)) notify(subscriber)
      })
    }
  }

  return {
    add(onChange, onReset) {
      const subscriber: Subscriber = { onChange, onReset }
      subscribers.add(subscriber)
      return () => {
        subscribers.delete(subscriber)
      }
    },
    emitChange(changes) {
      // Every subscriber gets its own array: one that sorts or empties it cannot affect another.
      deliver((subscriber) => subscriber.onChange([...changes]))
    },
    emitReset() {
      deliver((subscriber) => subscriber.onReset?.())
    },
  }
}
