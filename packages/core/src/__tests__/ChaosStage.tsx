import { useEffect, useLayoutEffect } from 'react'
import { useUserProfile } from '../react/useUserProfile'
import { useUserProfiles } from '../react/useUserProfiles'
import type { UserView, ViewMonitor } from './createViewMonitor'

/** One mounted component of a chaos run: a `useUserProfile` card or a `useUserProfiles` list. */
export interface ChaosSlot {
  /** Never reused, so every mount is a new component instance for the monitor. */
  instance: number
  kind: 'one' | 'list'
  ids: string[]
}

function One({ instance, id, monitor }: { instance: number; id: string; monitor: ViewMonitor }) {
  const result = useUserProfile(id)
  const view: UserView = {
    userID: id,
    profile: result.data,
    notFound: result.notFound,
    isError: result.isError,
  }
  useLayoutEffect(() => monitor.commit(instance, [view], result.refetch))
  useEffect(() => () => monitor.unmount(instance), [instance, monitor])
  return <Line view={view} />
}

function List({ instance, ids, monitor }: { instance: number; ids: string[]; monitor: ViewMonitor }) {
  const result = useUserProfiles(ids)
  const views = ids.map((id): UserView => ({
    userID: id,
    profile: result.byID[id],
    notFound: result.notFound.includes(id),
    isError: result.isError && !result.byID[id] && !result.notFound.includes(id),
  }))
  useLayoutEffect(() => monitor.commit(instance, views, result.refetch))
  useEffect(() => () => monitor.unmount(instance), [instance, monitor])
  return (
    <ul>
      {views.map((view, index) => (
        // The same ID may appear twice in a list: duplicates are valid input.
        <Line key={index} view={view} />
      ))}
    </ul>
  )
}

/** What a person sees for one user. */
function Line({ view }: { view: UserView }) {
  const text = view.profile
    ? `${view.profile.nick} @${view.profile.updatedAt}`
    : view.notFound
      ? 'not found'
      : view.isError
        ? 'error'
        : 'loading'
  return <li data-user={view.userID}>{text}</li>
}

/**
 * The components of a chaos run, each reporting every commit to the monitor and rendering one
 * `[data-user]` line per user as a person would read it: `nick @updatedAt`, `not found`, `error`
 * or `loading`.
 *
 * @example
 * ```tsx
 * <ChaosStage slots={[{ instance: 0, kind: 'one', ids: ['u1'] }]} monitor={monitor} />
 * ```
 */
export function ChaosStage({ slots, monitor }: { slots: readonly ChaosSlot[]; monitor: ViewMonitor }) {
  return slots.map((slot) =>
    slot.kind === 'one' ? (
      <One key={slot.instance} instance={slot.instance} id={slot.ids[0] as string} monitor={monitor} />
    ) : (
      <List key={slot.instance} instance={slot.instance} ids={slot.ids} monitor={monitor} />
    ),
  )
}
