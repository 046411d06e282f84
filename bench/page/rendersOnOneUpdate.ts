import type { VariantName } from './benchApi'
import { createWarmEnv } from './createWarmEnv'
import { mountApp } from './mountApp'
import { renderCount } from './renderCount'
import { CARD_COUNT, USER_IDS } from './scenario'
import { variants } from './variants'
import { readyCards, sleep, waitForDom } from './waitForDom'

/** After the new name shows, renders are still counted this long (a late second render counts too). */
const SETTLE_MS = 100

/** Whether every card of `userID` shows `nick`. */
export function showsNick(container: Element, userID: string, nick: string): boolean {
  const names = container.querySelectorAll(`.card[data-user="${userID}"] .name`)
  return names.length > 0 && [...names].every((name) => name.textContent === nick)
}

/**
 * Card renders caused by one change event that renames one user, who is shown by exactly 4 cards.
 * Counted from the event until {@link SETTLE_MS} after the new name shows.
 */
export async function rendersOnOneUpdate(variant: VariantName): Promise<number> {
  const env = await createWarmEnv(variant)
  const app = mountApp(variants[variant](env))
  try {
    await waitForDom(app.container, () => readyCards(app.container) === CARD_COUNT, `${variant}: all names`)
    await sleep(SETTLE_MS)
    const userID = USER_IDS[7] as string
    const nick = `Renamed ${userID}`
    renderCount.cards = 0
    env.backend.memory.simulateRemoteChange(userID, { nick })
    await waitForDom(app.container, () => showsNick(app.container, userID, nick), `${variant}: the new name`)
    await sleep(SETTLE_MS)
    return renderCount.cards
  } finally {
    app.dispose()
  }
}
