import type { NimClassicCallbackName, NimClassicCallbacks } from './nimClassicTypes'

/** Something that wants the SDK's callbacks: the adapter's subscriptions. */
type Listener = Partial<NimClassicCallbacks>

/** What {@link createNimClassicEvents} returns: the callbacks for `NIM.getInstance`, and their fan-out. */
export interface NimClassicEvents {
  /**
   * Spread these into `NIM.getInstance({ ... })`. Each one calls the app's own callback of the same
   * name (given to {@link createNimClassicEvents}) first, then every subscribed adapter.
   */
  readonly callbacks: NimClassicCallbacks
  /**
   * Receives every callback until the returned function is called. Used by the adapter's
   * `subscribe`; apps do not need it.
   */
  listen(listener: Listener): () => void
}

const NAMES = [
  'onmyinfo',
  'onupdatemyinfo',
  'onusers',
  'onupdateuser',
  'onconnect',
  'onwillreconnect',
  'ondisconnect',
  'onsyncdone',
  'onpushevents',
  'onfriends',
  'onsyncfriendaction',
] as const satisfies readonly NimClassicCallbackName[]

/**
 * The classic NetEase SDK takes its callbacks once, in `NIM.getInstance`, and has no `on`/`off`.
 * This creates those callbacks so the profile adapter can listen and stop listening. Pass your
 * app's own callbacks of the same names here rather than next to the spread (a later key in the
 * options object would replace the kit's): yours run first, with the same arguments.
 *
 * @example
 * ```ts
 * const profileEvents = createNimClassicEvents({ onmyinfo: onMyInfo, onupdateuser: onUpdateUser })
 * const nim = NIM.getInstance({ appKey, account, token, ...profileEvents.callbacks, onconnect })
 * const adapter = createNimClassicAdapter(nim, { events: profileEvents })
 * ```
 */
export function createNimClassicEvents(own: Partial<NimClassicCallbacks> = {}): NimClassicEvents {
  const listeners = new Set<Listener>()
  const callbacks = {} as Record<NimClassicCallbackName, (...args: unknown[]) => void>
  for (const name of NAMES) {
    const app = own[name] as ((...args: unknown[]) => void) | undefined
    callbacks[name] = (...args) => {
      app?.(...args)
      // A copy: a listener may unsubscribe while being called.
      for (const listener of [...listeners])
        (listener[name] as ((...a: unknown[]) => void) | undefined)?.(...args)
    }
  }
  return {
    callbacks: callbacks as NimClassicCallbacks,
    listen(listener) {
      // Wrapped, so the same listener object can subscribe twice and leave once each.
      const entry = { ...listener }
      listeners.add(entry)
      return () => void listeners.delete(entry)
    },
  }
}
