// Server code on the React-free entry: it must type-check (with skipLibCheck off) and run in Node
// with neither react nor @tanstack/react-query installed.
import { QueryClient } from '@tanstack/query-core'
import {
  createMemoryAdapter,
  prefetchUserProfiles,
  profileKeys,
  type Profile,
} from '@profile-kit/core/vanilla'

const adapter = createMemoryAdapter({
  me: { userID: 'me', nick: 'Ada Lovelace' },
  profiles: [{ userID: 'wang', nick: '王美玲' }],
})
const queryClient = new QueryClient()
await prefetchUserProfiles(queryClient, adapter, ['wang'])
const wang = queryClient.getQueryData<Profile | null>(profileKeys.user('wang'))
console.log(JSON.stringify({ nick: wang?.nick }))
