import { describe, it } from 'vitest'
import { adapterConformanceChecks, type ConformanceFixture } from '@profile-kit/core/testing'
import { createTencentChatAdapter, type TencentChatAdapterOptions } from './createTencentChatAdapter'
import { createTencentChatDouble } from './testing/createTencentChatDouble'
import { toTencentPatch } from './toTencentPatch'

/** The adapter over the SDK double, logged in as `me`, with `ada` a friend whose changes are pushed. */
function tencentFixture(options: TencentChatAdapterOptions = {}): ConformanceFixture {
  const chat = createTencentChatDouble({
    users: [
      { userID: 'me', nick: 'Me' },
      { userID: 'ada' },
      { userID: 'grace', nick: 'Grace' },
      { userID: 'linus' },
    ],
    friends: ['ada'],
    customFieldKeys: ['team'],
  })
  chat.login('me')
  return {
    adapter: createTencentChatAdapter(chat, options),
    myUserID: 'me',
    knownUserIDs: ['ada', 'me', 'grace', 'linus'],
    unknownUserID: 'nobody',
    simulateRemoteChange: (userID, patch) => chat.remoteUpdate(userID, toTencentPatch(patch)),
    customFieldKey: 'team',
  }
}

describe('adapter conformance: Tencent Cloud Chat over its SDK double', () => {
  for (const check of adapterConformanceChecks(() => tencentFixture())) it(check.name, check.run)
})

describe('adapter conformance: Tencent Cloud Chat with declared custom fields', () => {
  const customFields: TencentChatAdapterOptions['customFields'] = [
    { key: 'team', type: 'select', options: [{ value: 'core' }, { value: 'ui' }] },
  ]
  for (const check of adapterConformanceChecks(() => tencentFixture({ customFields })))
    it(check.name, check.run)
})
