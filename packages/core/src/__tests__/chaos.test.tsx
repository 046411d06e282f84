import { QueryClient } from '@tanstack/react-query'
import { act, render } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { profileKeys } from '../client/profileKeys'
import { ProfileProvider } from '../react/ProfileProvider'
import type { ChaosAdapter } from './createChaosAdapter'
import type { SeededRandom } from './createSeededRandom'
import { elapse } from '../react/__tests__/setup'
import { CHAOS_CLIENT_OPTIONS, collectUnhandledRejections, seededChaos } from './chaosHarness'
import { ChaosStage, type ChaosSlot } from './ChaosStage'
import { createViewMonitor } from './createViewMonitor'

const SEEDS = [1, 7, 42, 2024, 31337]
const STEPS = 500
const USERS = Array.from({ length: 40 }, (_, index) => `u${index}`)
const GHOSTS = ['ghost-a', 'ghost-b'] // IDs the backend does not know
const MAX_COMPONENTS = 20
const GC_TIME_MS = 50
/** Every kind of trouble a run must have met. */
const TROUBLE = [
  'calls',
  'failures',
  'stalls',
  'changes',
  'changesInFlight',
  'events',
  'duplicateEvents',
  'staleEvents',
  'strangerEvents',
  'hostileAnswers',
  'resets',
] as const

function expectedText(adapter: ChaosAdapter, userID: string): string {
  const truth = adapter.truth(userID)
  return truth ? `${truth.nick} @${truth.updatedAt}` : 'not found'
}

/** One random step: mount, unmount, or trouble on the backend. */
function step(
  random: SeededRandom,
  adapter: ChaosAdapter,
  slots: ChaosSlot[],
  nextInstance: () => number,
): ChaosSlot[] {
  const shown = slots.flatMap((slot) => slot.ids)
  const roll = random()
  if (roll < 0.22 && slots.length < MAX_COMPONENTS) {
    const pool = random.chance(0.05) ? GHOSTS : USERS
    const ids = random.chance(0.6)
      ? [random.pick(pool)]
      : Array.from({ length: random.int(2, 6) }, () => random.pick(USERS))
    return [...slots, { instance: nextInstance(), kind: ids.length === 1 ? 'one' : 'list', ids }]
  }
  if (roll < 0.4 && slots.length > 0) {
    const gone = random.pick(slots)
    return slots.filter((slot) => slot !== gone)
  }
  if (roll < 0.65)
    adapter.change(shown.length > 0 && random.chance(0.7) ? random.pick(shown) : random.pick(USERS))
  else if (roll < 0.8) {
    const fetching = adapter.inFlight()
    if (fetching.length > 0) adapter.change(random.pick(fetching))
  } else if (roll < 0.91) adapter.sendStaleEvent(random.pick(shown.length > 0 ? shown : USERS))
  else if (roll < 0.99) adapter.sendStrangerEvent()
  else adapter.resetSession()
  return slots
}

describe('chaos: components mounting and unmounting over a flaky, out-of-order backend', () => {
  const rejections = collectUnhandledRejections()

  it.each(SEEDS)(
    'seed %i: no component ever shows an older updatedAt (or a version the backend never had); once the backend is quiet, components showing a profile reach its truth from events alone and errored ones after Retry; no unhandled rejections; unused users leave the cache after gcTime',
    async (seed) => {
      const { random, adapter } = seededChaos(seed, USERS)
      const monitor = createViewMonitor((profile) => adapter.hadVersion(profile))
      const queryClient = new QueryClient()
      let instances = 0
      const app = (slots: ChaosSlot[]) => (
        <ProfileProvider
          adapter={adapter}
          queryClient={queryClient}
          gcTime={GC_TIME_MS}
          staleTime={25}
          {...CHAOS_CLIENT_OPTIONS}
        >
          <ChaosStage slots={slots} monitor={monitor} />
        </ProfileProvider>
      )

      let slots: ChaosSlot[] = []
      const view = render(app(slots))
      for (let index = 0; index < STEPS; index++) {
        const next = step(random, adapter, slots, () => instances++)
        if (next !== slots) {
          slots = next
          act(() => view.rerender(app(slots)))
        }
        await elapse(random.int(0, 8))
        expect(monitor.violations, `after step ${index}`).toEqual([])
      }

      // The backend goes quiet: no new changes, no failures; events already sent still arrive.
      adapter.quiet()
      await elapse(1000)
      const mounted = monitor.mounted()
      const views = mounted.flatMap((component) => component.views)
      expect(
        views.filter((v) => !v.profile && !v.notFound && !v.isError),
        'still loading',
      ).toEqual([])
      const stale = views
        .filter((v) => v.profile && v.profile.updatedAt !== adapter.truth(v.userID)?.updatedAt)
        .map(
          (v) =>
            `${v.userID}: shows ${v.profile?.updatedAt}, backend has ${adapter.truth(v.userID)?.updatedAt}`,
        )
      expect(stale, 'shown profiles that did not converge from events').toEqual([])

      // What a person can do about an error: press Retry (refetch).
      const errored = mounted.filter((component) => component.views.some((v) => v.isError))
      await act(async () => {
        errored.forEach((component) => void component.refetch())
        await vi.advanceTimersByTimeAsync(500)
      })
      const lines = [...view.container.querySelectorAll('[data-user]')]
      expect(lines.length).toBe(slots.reduce((count, slot) => count + slot.ids.length, 0))
      for (const line of lines) {
        const userID = line.getAttribute('data-user') as string
        expect(line.textContent, userID).toBe(expectedText(adapter, userID))
      }
      expect(monitor.violations).toEqual([])

      // Events for users nobody asked for added nothing to the cache.
      const cachedUsers = () =>
        queryClient
          .getQueryCache()
          .findAll({ queryKey: profileKeys.users() })
          .map((query) => query.queryKey[3] as string)
      expect(cachedUsers().filter((id) => id.startsWith('stranger-'))).toEqual([])

      // Unused users leave the cache once gcTime has passed.
      act(() => view.rerender(app([])))
      await elapse(GC_TIME_MS * 3)
      expect(cachedUsers()).toEqual([])

      // The run met every kind of trouble it is meant to.
      const { stats } = adapter
      for (const kind of TROUBLE) expect(stats[kind], kind).toBeGreaterThan(0)
      expect(monitor.shownPairs).toBeGreaterThan(50)
      expect(mounted.length, 'components on screen when the backend went quiet').toBeGreaterThan(5)

      view.unmount()
      vi.useRealTimers()
      await new Promise((resolve) => setTimeout(resolve, 0))
      expect(rejections).toEqual([])
    },
    20_000,
  )
})
