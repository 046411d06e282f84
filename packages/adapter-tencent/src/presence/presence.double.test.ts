import { describe, expect, it } from 'vitest'
import { adapterConformanceChecks, type ConformanceFixture } from '@profile-kit/core/testing'
import { createTencentChatAdapter } from '../createTencentChatAdapter'
import { createTencentChatDouble } from '../testing/createTencentChatDouble'

// The demo's Tencent backend is the hand-written double: its presence must behave like the real
// SDK's (checked over the real SDK in createTencentPresence.wire.test.ts).

function doubleFixture(): ConformanceFixture {
  const chat = createTencentChatDouble({
    users: ['me', 'ada', 'grace', 'linus'].map((userID) => ({ userID })),
  })
  chat.login('me')
  return {
    adapter: createTencentChatAdapter(chat),
    myUserID: 'me',
    knownUserIDs: ['me', 'ada', 'grace', 'linus'],
    unknownUserID: 'nobody',
    simulatePresence: (userID, online) => chat.setUserStatus(userID, online ? 1 : 2),
  }
}

describe('presence conformance: Tencent Cloud Chat over the double', () => {
  const checks = adapterConformanceChecks(doubleFixture).filter((check) => check.name.startsWith('presence'))
  for (const check of checks) it(check.name, check.run)
})

it('answers statuses and custom statuses like the SDK, me online without a subscription', async () => {
  const chat = createTencentChatDouble({ users: [{ userID: 'me' }, { userID: 'ada' }, { userID: 'grace' }] })
  chat.login('me')
  chat.setUserStatus('ada', 1, 'lunch')
  const presence = createTencentChatAdapter(chat).presence!
  await expect(presence.subscribe(['me', 'ada', 'grace'])).resolves.toEqual([
    { userID: 'me', online: true, lastSeenAt: 0, customStatus: '' },
    { userID: 'ada', online: true, lastSeenAt: 0, customStatus: 'lunch' },
    { userID: 'grace', online: false, lastSeenAt: 0, customStatus: '' },
  ])
})
