/** The users both classic conformance runs (on the real SDK and on the double) start with. */
export const CONFORMANCE_USERS = [
  { account: 'me', nick: 'Me', custom: '{"theme":"dark"}' },
  { account: 'ada', nick: 'Ada' },
  { account: 'grace', nick: 'Grace' },
  { account: 'linus', nick: 'Linus' },
]
