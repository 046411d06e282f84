import { QueryClient } from '@tanstack/react-query'
import { act, render } from '@testing-library/react'
import { useEffect, useLayoutEffect } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { isProfileError } from '../errors/ProfileError'
import { ProfileProvider } from '../react/ProfileProvider'
import { useMyProfile } from '../react/useMyProfile'
import { useUpdateProfile } from '../react/useUpdateProfile'
import { elapse } from '../react/__tests__/setup'
import { CHAOS_CLIENT_OPTIONS, collectUnhandledRejections, seededChaos } from './chaosHarness'
import { ChaosStage, type ChaosSlot } from './ChaosStage'
import { createViewMonitor, type ViewMonitor } from './createViewMonitor'

const SEEDS = [3, 99, 4096]
const STEPS = 400
const USERS = Array.from({ length: 12 }, (_, index) => `u${index}`)
const EDITOR = -1 // the monitor's instance number for the editor

interface Save {
  nick: string
  outcome: 'pending' | 'saved' | 'failed'
  error?: unknown
}

/** My profile with a save function, as an editor has it. */
function MyEditor({
  monitor,
  onSave,
}: {
  monitor: ViewMonitor
  onSave: (save: (nick: string) => Promise<unknown>) => void
}) {
  const me = useMyProfile()
  const { mutateAsync } = useUpdateProfile()
  useEffect(() => onSave((nick) => mutateAsync({ nick })), [mutateAsync, onSave])
  const view = { userID: 'me', profile: me.data, notFound: false, isError: me.isError }
  useLayoutEffect(() => monitor.commit(EDITOR, [view], async () => void (await me.refetch())))
  return <p data-user="me">{me.data ? `${me.data.nick} @${me.data.updatedAt}` : 'loading'}</p>
}

describe('chaos: saving my profile while the backend fails, stalls and other devices change it', () => {
  const rejections = collectUnhandledRejections()

  it.each(SEEDS)(
    'seed %i: every save ends saved (and the backend has it) or failed with a ProfileError the user can see; my profile never goes back in time in any component and ends on the backend’s truth everywhere',
    async (seed) => {
      const { random, adapter } = seededChaos(seed, USERS)
      // Optimistic views of my profile are versions no backend held yet; everyone else's must be real.
      const monitor = createViewMonitor((profile) => profile.userID === 'me' || adapter.hadVersion(profile))
      let save: (nick: string) => Promise<unknown> = () => Promise.reject(new Error('editor not mounted'))
      const onSave = (fn: typeof save) => void (save = fn)
      const queryClient = new QueryClient()
      const app = (slots: ChaosSlot[]) => (
        <ProfileProvider adapter={adapter} queryClient={queryClient} {...CHAOS_CLIENT_OPTIONS}>
          <MyEditor monitor={monitor} onSave={onSave} />
          <ChaosStage slots={slots} monitor={monitor} />
        </ProfileProvider>
      )
      let slots: ChaosSlot[] = []
      let instances = 0
      const view = render(app(slots))
      await elapse(50)
      const saves: Save[] = []
      for (let index = 0; index < STEPS; index++) {
        const roll = random()
        if (roll < 0.15) {
          const record: Save = { nick: `typed #${index}`, outcome: 'pending' }
          saves.push(record)
          save(record.nick).then(
            () => (record.outcome = 'saved'),
            (error: unknown) => Object.assign(record, { outcome: 'failed', error }),
          )
        } else if (roll < 0.4) adapter.change('me')
        else if (roll < 0.55 && slots.length < 8) {
          const ids = ['me', ...Array.from({ length: random.int(0, 3) }, () => random.pick(USERS))]
          slots = [...slots, { instance: instances++, kind: ids.length === 1 ? 'one' : 'list', ids }]
          act(() => view.rerender(app(slots)))
        } else if (roll < 0.65 && slots.length > 0) {
          const gone = random.pick(slots)
          slots = slots.filter((slot) => slot !== gone)
          act(() => view.rerender(app(slots)))
        } else if (roll < 0.75) adapter.change(random.pick(USERS))
        else if (roll < 0.85) adapter.sendStaleEvent('me')
        await elapse(random.int(0, 10))
        expect(monitor.violations, `after step ${index}`).toEqual([])
      }

      adapter.quiet()
      await elapse(3000)
      expect(
        saves.filter((s) => s.outcome === 'pending').map((s) => s.nick),
        'saves still pending',
      ).toEqual([])
      // Another device has the last word, then old events for me arrive late: only events tell the kit.
      adapter.change('me')
      await elapse(50)
      for (let replay = 0; replay < 3; replay++) adapter.sendStaleEvent('me')
      await elapse(50)
      for (const failed of saves.filter((s) => s.outcome === 'failed')) {
        expect(isProfileError(failed.error), String(failed.error)).toBe(true)
      }
      for (const saved of saves.filter((s) => s.outcome === 'saved')) {
        expect(
          adapter.hadNick('me', saved.nick),
          `${saved.nick} was saved but the backend never had it`,
        ).toBe(true)
      }
      const truth = adapter.truth('me')
      const shownMe = [...view.container.querySelectorAll('[data-user="me"]')].map((line) => line.textContent)
      expect(shownMe.length).toBeGreaterThan(0)
      expect(new Set(shownMe)).toEqual(new Set([`${truth?.nick} @${truth?.updatedAt}`]))
      expect(monitor.violations).toEqual([])

      const { stats } = adapter
      for (const kind of [
        'updates',
        'failedUpdates',
        'appliedButFailedUpdates',
        'stalls',
        'staleEvents',
      ] as const) {
        expect(stats[kind], kind).toBeGreaterThan(0)
      }
      expect(saves.some((s) => s.outcome === 'saved')).toBe(true)
      expect(saves.some((s) => s.outcome === 'failed')).toBe(true)

      view.unmount()
      vi.useRealTimers()
      await new Promise((resolve) => setTimeout(resolve, 0))
      expect(rejections).toEqual([])
    },
    20_000,
  )
})
