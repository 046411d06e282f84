import { useCallback } from 'react'
import { pick } from '../data/pick'
import { useDemoStore } from '../state/useDemoStore'
import { useBackend } from './useBackend'
import { sendersInView } from './useSimulateRemoteChange'

const REMARKS = ['Coffee buddy ☕', 'Project lead', 'Neighbour', 'Climbing partner', '老同学', 'Mentor']

/**
 * "Rename a contact from another device": my other device gives a friend I can see in the chat a
 * new remark. The backend pushes it as its SDK would; every row naming that friend changes without
 * a reload. `undefined` on backends that cannot simulate it.
 *
 * @example
 * ```tsx
 * const rename = useSimulateRemoteRemark()
 * {rename ? <button onClick={rename}>Rename a contact from another device</button> : null}
 * ```
 */
export function useSimulateRemoteRemark(): (() => void) | undefined {
  const { simulateRemoteRemark, friendIDs, storedNick, myID } = useBackend()
  const announce = useDemoStore((state) => state.announce)
  const rename = useCallback(() => {
    const friends = new Set(friendIDs)
    const candidates = sendersInView(myID).filter((id) => friends.has(id))
    if (candidates.length === 0 || !simulateRemoteRemark) return
    const userID = pick(Math.random, candidates)
    const after = pick(Math.random, REMARKS)
    void simulateRemoteRemark(userID, after)
    announce({ before: storedNick(userID) || userID, after })
  }, [simulateRemoteRemark, friendIDs, storedNick, myID, announce])
  return simulateRemoteRemark ? rename : undefined
}
