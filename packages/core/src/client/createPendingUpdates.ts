import { applyPatch } from '../model/applyPatch'
import type { Profile, ProfilePatch } from '../model/profile'

/** An update on its way: the part of the caller's patch that changes something, for whom. */
export interface UpdateTicket {
  readonly diff: ProfilePatch
  readonly userID: string
}

/**
 * My updates that are begun and not settled, layered over the backend's last known profile of me
 * (the base). My cache entry shows the base with every pending diff applied, so a change event
 * moves the base and a failed update just leaves the layer: remote changes are never rolled back.
 *
 * @example
 * ```ts
 * const pending = createPendingUpdates()
 * const shown = pending.add(ticket, current) // write `shown` to my entry
 * pending.remove(ticket)                     // then show `pending.show(newBase)` or the base itself
 * ```
 */
export function createPendingUpdates() {
  let tickets: UpdateTicket[] = []
  let base: Profile | undefined
  return {
    /**
     * The backend's last known profile of me while updates are pending (my entry then shows more
     * than the base); `undefined` when none is.
     */
    get base(): Profile | undefined {
      return base
    },
    /** Takes `next` as the new base and returns what my entry should show. */
    show(next: Profile): Profile {
      base = next
      return tickets.reduce((profile, ticket) => applyPatch(profile, ticket.diff), next)
    },
    /** Starts layering `ticket` over `current` (my entry as shown now); returns what to show. */
    add(ticket: UpdateTicket, current: Profile): Profile {
      tickets.push(ticket)
      return this.show(base ?? current)
    },
    remove(ticket: UpdateTicket): void {
      tickets = tickets.filter((pending) => pending !== ticket)
      if (tickets.length === 0) base = undefined
    },
  }
}
