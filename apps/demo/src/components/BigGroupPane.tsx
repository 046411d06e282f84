import { ProfileProvider, useUserProfile, type ProfileAdapter } from '@profile-kit/core'
import { createMemoryAdapter } from '@profile-kit/core/vanilla'
import { Avatar } from '@profile-kit/ui'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import { instrumentAdapter } from '../backend/instrumentAdapter'
import { useDemoText } from '../i18n/useDemoText'
import { useDemoStore } from '../state/useDemoStore'

/** The conversation ID of the big group in the store. */
export const BIG_GROUP_ID = 'big-group'
const MEMBER_COUNT = 10_000
const ROW_PX = 40
const MEMBERS = Array.from({ length: MEMBER_COUNT }, (_, index) => `member-${index + 1}`)

let bigGroupAdapter: ProfileAdapter | undefined
/**
 * A backend of its own for the 10,000 members (the chat's backend knows 48 people), with the
 * page's latency and every call in the calls panel. Created when the group is first opened.
 */
function memberBackend(): ProfileAdapter {
  if (bigGroupAdapter) return bigGroupAdapter
  const store = useDemoStore
  const memory = createMemoryAdapter({
    me: { userID: 'big-group-me' },
    profiles: MEMBERS.map((userID, index) => ({ userID, nick: `Member ${index + 1}` })),
    latencyMs: store.getState().latencyMs,
  })
  store.subscribe((state) => memory.configure({ latencyMs: state.latencyMs }))
  bigGroupAdapter = instrumentAdapter(memory, {
    start(call) {
      const id = store.getState().startCall(call)
      return (outcome) => store.getState().endCall(id, outcome)
    },
  })
  return bigGroupAdapter
}

/**
 * A group of 10,000 members in a virtualized list (TanStack Virtual): each row asks for its own
 * member, a batch collects them for 100 ms and leaves when 100 are in, and rows scrolled away
 * before their batch left are not asked for (`dropUnwatched`). Watch the calls panel while scrolling.
 *
 * @example
 * ```tsx
 * <BigGroupPane />
 * ```
 */
export function BigGroupPane() {
  const t = useDemoText()
  return (
    <section className="chat big-group" aria-label={t('bigGroup.title')}>
      <header className="chat__header">
        <div className="chat__titles">
          <h2 className="chat__title">{t('bigGroup.title')}</h2>
          <p className="chat__subtitle">{t('bigGroup.hint')}</p>
        </div>
      </header>
      <ProfileProvider adapter={memberBackend()} scope={BIG_GROUP_ID} batchWindowMs={100} dropUnwatched>
        <MemberList />
      </ProfileProvider>
    </section>
  )
}

function MemberList() {
  const t = useDemoText()
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: MEMBER_COUNT,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_PX,
    overscan: 5,
  })
  return (
    <div ref={scroller} className="big-group__scroller" tabIndex={0} aria-label={t('bigGroup.members')}>
      <ul className="big-group__rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => (
          <MemberRow key={item.key} userID={MEMBERS[item.index]!} top={item.start} />
        ))}
      </ul>
    </div>
  )
}

function MemberRow({ userID, top }: { userID: string; top: number }) {
  const t = useDemoText()
  const { data } = useUserProfile(userID)
  return (
    <li className="big-group__row" style={{ transform: `translateY(${top}px)`, height: ROW_PX }}>
      <Avatar profile={data} name={data ? undefined : userID} size={28} decorative />
      <span>{data ? data.nick : t('log.loadingName')}</span>
    </li>
  )
}
