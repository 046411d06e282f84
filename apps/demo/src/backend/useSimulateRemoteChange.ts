import { useCallback } from 'react'
import { useProfileClient } from '@profile-kit/core'
import { useQueryClient } from '@tanstack/react-query'
import { pick } from '../data/pick'
import { useDemoStore } from '../state/useDemoStore'
import { useBackend } from './useBackend'

const NICKS = ['{first} 📱', '{first} (away)', '{first} ✈️', 'Dr. {first}', '{first} 🎧', '{first} · OOO']
const STATUSES = [
  'Changed on my phone',
  'Travelling this week ✈️',
  'Back at my desk',
  'In a workshop all day',
]

/**
 * The people whose messages are in view in the message log right now (me excluded); everyone in
 * the log when it is out of sight (a phone showing another screen).
 */
export function sendersInView(myID: string): string[] {
  const log = document.querySelector<HTMLElement>('[role="log"]')
  if (!log) return []
  const view = log.getBoundingClientRect()
  const rows = [...log.querySelectorAll<HTMLElement>('[data-sender-id]')]
  const visible = rows.filter((row) => {
    const box = row.getBoundingClientRect()
    return box.height > 0 && box.bottom > view.top && box.top < view.bottom
  })
  const ids = (visible.length > 0 ? visible : rows).map((row) => row.dataset.senderId ?? '')
  return [...new Set(ids)].filter((id) => id && id !== myID)
}

/**
 * "Simulate a change from another device": someone you can see in the chat renames themselves and
 * changes their status on another device. The backend reports it as its SDK would (the memory
 * adapter and Tencent push it; NetEase delivers it with that person's next message); the kit
 * patches its cache, and their rows update without a reload.
 *
 * @example
 * ```tsx
 * const simulate = useSimulateRemoteChange()
 * <button onClick={simulate}>Simulate a change from another device</button>
 * ```
 */
export function useSimulateRemoteChange(): () => void {
  const { storedNick, simulateRemoteChange, myID } = useBackend()
  const announce = useDemoStore((state) => state.announce)
  const client = useProfileClient()
  const queryClient = useQueryClient()
  return useCallback(() => {
    // Someone I gave a remark keeps it as their name, so renaming them would change nothing you see.
    const hasRemark = (userID: string) =>
      Boolean(queryClient.getQueryData(client.remarkQuery(userID).queryKey))
    const candidates = sendersInView(myID).filter((userID) => !hasRemark(userID))
    if (candidates.length === 0) return
    const userID = pick(Math.random, candidates)
    const before = storedNick(userID) || userID
    const first = before.replace(/^Dr\. /, '').split(' ')[0] || before
    const after = pick(
      Math.random,
      NICKS.map((nick) => nick.replace('{first}', first)).filter((nick) => nick !== before),
    )
    void simulateRemoteChange(userID, { nick: after, selfSignature: pick(Math.random, STATUSES) })
    announce({ before, after })
  }, [storedNick, simulateRemoteChange, myID, announce, client, queryClient])
}
