import { describe, it } from 'vitest'
import { adapterConformanceChecks, type ConformanceFixture } from '@profile-kit/core/testing'
import { createTencentChatAdapter, type TencentChatAdapterOptions } from './createTencentChatAdapter'
import {
  createTencentFakeServer,
  TENCENT_PROFILE_TAGS,
  type TencentTag,
} from './testing/createTencentFakeServer'
import { startRealTencentChat } from './testing/startRealTencentChat'
import { toTencentPatch } from './toTencentPatch'

/**
 * The app's photo storage, which Tencent leaves to the app: reports progress, resolves an https
 * URL, rejects when aborted.
 */
const appStorage: TencentChatAdapterOptions['uploadAvatar'] = async (image, { signal, onProgress }) => {
  await new Promise((resolve) => setTimeout(resolve, 1))
  signal.throwIfAborted()
  onProgress?.({ loaded: image.size, total: image.size })
  return `https://cos.example.com/avatars/${image.size}.jpg`
}

/**
 * The adapter over the REAL SDK (wire stubbed), logged in as `me`; `ada` is a friend, so pushed.
 * Photos go to the app's storage (`appStorage`); their URLs are saved through the real SDK.
 */
async function realTencentFixture(options: TencentChatAdapterOptions = {}): Promise<ConformanceFixture> {
  const server = createTencentFakeServer({
    customFieldKeys: ['team'],
    users: [
      { userID: 'me', nick: 'Me' },
      { userID: 'ada' },
      { userID: 'grace', nick: 'Grace' },
      { userID: 'linus' },
    ],
    friends: ['ada'],
  })
  const { chat, dispose } = await startRealTencentChat({ server, userID: 'me' })
  return {
    adapter: createTencentChatAdapter(chat, { uploadAvatar: appStorage, ...options }),
    myUserID: 'me',
    knownUserIDs: ['ada', 'me', 'grace', 'linus'],
    unknownUserID: 'nobody',
    simulateRemoteChange: (userID, patch) => server.changeElsewhere(userID, toTags(toTencentPatch(patch))),
    simulatePresence: (userID, online) => server.status.setStatus(userID, online ? 1 : 2),
    customFieldKey: 'team',
    dispose,
  }
}

/** An update in `updateMyProfile`'s format as the tags the server pushes. */
function toTags(update: ReturnType<typeof toTencentPatch>): TencentTag[] {
  const { profileCustomField, ...standard } = update as Record<string, unknown> & {
    profileCustomField?: TencentTag[] | Array<{ key: string; value: string }>
  }
  const tags = Object.entries(standard).map(([field, value]) => ({
    tag: TENCENT_PROFILE_TAGS[field]!,
    value: value as string | number,
  }))
  const custom = ((profileCustomField ?? []) as Array<{ key: string; value: string }>).map(
    ({ key, value }) => ({
      tag: key,
      value,
    }),
  )
  return [...tags, ...custom]
}

describe('adapter conformance: Tencent Cloud Chat over the real SDK, wire stubbed', () => {
  for (const check of adapterConformanceChecks(() => realTencentFixture())) it(check.name, check.run)
})

describe('adapter conformance: Tencent Cloud Chat over the real SDK, with declared custom fields', () => {
  const customFields: TencentChatAdapterOptions['customFields'] = [
    { key: 'team', type: 'select', options: [{ value: 'core' }, { value: 'ui' }] },
  ]
  for (const check of adapterConformanceChecks(() => realTencentFixture({ customFields })))
    it(check.name, check.run)
})
