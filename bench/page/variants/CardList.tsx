import type { ComponentType } from 'react'
import { CARD_USER_IDS } from '../scenario'

/**
 * The 1,000 cards of the scenario, each an `Item` given its user ID. Keys are positions: the list
 * never reorders, and every variant keys the same way.
 */
export function CardList({ Item }: { Item: ComponentType<{ userID: string }> }) {
  return (
    <>
      {CARD_USER_IDS.map((userID, index) => (
        <Item key={index} userID={userID} />
      ))}
    </>
  )
}
