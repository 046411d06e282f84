import { seededRandom } from '../shared/seededRandom'
import type { EventStormResult, VariantName } from './benchApi'
import { createWarmEnv } from './createWarmEnv'
import { mountApp } from './mountApp'
import { showsNick } from './rendersOnOneUpdate'
import { CARD_COUNT, USER_IDS } from './scenario'
import { variants } from './variants'
import { readyCards, sleep, waitForDom } from './waitForDom'

// The kit's default `eventCoalesceMs` (ProfileClientOptions): the storm is measured at the kit's window.
const KIT_EVENT_COALESCE_MS = 16

const TASKS = 100
const EVENTS_PER_TASK = 10
const SPAN_MS = 100
/** Commits are counted until this long after the last event. */
const TAIL_MS = 100

/** Which user each event renames, and to what: seeded, so every run sends the same storm. */
function planStorm(seed: number): Array<Array<[userID: string, nick: string]>> {
  const random = seededRandom(seed)
  let event = 0
  return Array.from({ length: TASKS }, () =>
    Array.from({ length: EVENTS_PER_TASK }, (): [string, string] => {
      const userID = USER_IDS[Math.floor(random() * USER_IDS.length)] as string
      return [userID, `Storm ${event++}`]
    }),
  )
}

/**
 * A variant (the kit unless told), mounted warm, under 1,000 change events (each renames one of the 250 shown users), sent
 * in 100 tasks of 10 spread over 100 ms. Counts React commits from the first event until 100 ms
 * after the last, then checks that every user shows their last name (coalescing loses nothing).
 */
export async function eventStorm(seed: number, variant: VariantName = 'kit'): Promise<EventStormResult> {
  const env = await createWarmEnv(variant)
  const app = mountApp(variants[variant](env))
  try {
    await waitForDom(app.container, () => readyCards(app.container) === CARD_COUNT, `${variant}: all names`)
    await sleep(TAIL_MS)
    const plan = planStorm(seed)
    let commitsAtFirstEvent = 0
    let firstEventAt = 0
    let lastEventAt = 0
    await new Promise<void>((resolve) => {
      plan.forEach((events, index) => {
        setTimeout(
          () => {
            if (index === 0) {
              commitsAtFirstEvent = window.__benchCommits
              firstEventAt = performance.now()
            }
            for (const [userID, nick] of events) env.backend.memory.simulateRemoteChange(userID, { nick })
            if (index === plan.length - 1) {
              lastEventAt = performance.now()
              resolve()
            }
          },
          (index * SPAN_MS) / TASKS,
        )
      })
    })
    await sleep(TAIL_MS)
    const commits = window.__benchCommits - commitsAtFirstEvent
    const lastNick = new Map(plan.flat())
    const stale = [...lastNick].filter(([userID, nick]) => !showsNick(app.container, userID, nick))
    if (stale.length > 0) {
      throw new Error(
        `bench: after the storm ${stale.length} users do not show their last name (first: ${stale[0]?.[0]}).`,
      )
    }
    return {
      commits,
      events: TASKS * EVENTS_PER_TASK,
      spanMs: lastEventAt - firstEventAt,
      coalesceMs: KIT_EVENT_COALESCE_MS,
    }
  } finally {
    app.dispose()
  }
}
