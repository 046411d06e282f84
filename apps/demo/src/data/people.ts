import type { SeedProfile } from '@profile-kit/core'
import { createRandom } from './createRandom'
import { pick } from './pick'
import { TEAMS } from './demoSchema'
import { portraitDataUrl } from './portraitDataUrl'

/** The signed-in user of the demo. */
export const ME_ID = 'alex.kim'

/** Display names of the people in the workspace: Latin, CJK, accents and an emoji, like a real team. */
const NAMES = [
  'Maya Patel',
  'Jonas Berg',
  '李娜',
  'Sofia Rossi',
  'Kenji Tanaka',
  'Amara Okafor',
  'Lucas Martin',
  'Zoë Fischer',
  '王伟',
  'Priya Sharma',
  'Diego Alvarez',
  'Hannah Schmidt',
  'Omar Haddad',
  'Chloé Dubois',
  '陈静',
  'Noah Williams',
  'Aiko Suzuki',
  'Mateo García',
  'Freya Nilsson',
  'Ravi Iyer',
  'Elena Petrova',
  'Samuel Osei',
  '김민지',
  'Isabella Costa',
  'Finn O’Connor',
  'Leila Karimi',
  'Tomás Novák',
  'Grace Liu',
  'Arjun Mehta',
  'Nora Jensen',
  '张伟',
  'Lina Haddad',
  'Marcus Johnson',
  'Yuki Sato',
  'Ingrid Larsen',
  'Pablo Ruiz',
  'Fatima Zahra',
  'Oliver Brown',
  'Mei Lin',
  'Ethan Clark',
  'Ana Souza',
  'Viktor Horvat',
  '🦊 Fox',
  'Sara Cohen',
  'Daniel Kim',
  'Aylin Demir',
  'Hugo Lefèvre',
  'Nadia Rahman',
]

const STATUSES = [
  'Heads down on the Q3 roadmap',
  'In meetings until 3 pm',
  '🌴 Out until Monday',
  'Working from Lisbon',
  'Reviewing pull requests',
  '🎧 Focus time',
  'On call this week',
  'Back from parental leave!',
  'Shipping the new onboarding',
  'Ask me about design tokens',
  '',
  '',
]

const CITIES = [
  'Berlin',
  'London',
  'Shanghai',
  'São Paulo',
  'Tokyo',
  'Lagos',
  'Toronto',
  'Bangalore',
  'Stockholm',
  'Madrid',
  'Seoul',
  'New York',
  'Paris',
  'Beijing',
  'Nairobi',
  'Sydney',
]

const BIOS = [
  'Design systems, typography and too much coffee.',
  'Building the realtime messaging pipeline.',
  'I help customers get the most out of the product.',
  'Product person. Previously in fintech.',
  'Writing the docs nobody reads until they need them.',
  '',
]

/** A userID from a display name: `Maya Patel` -> `maya.patel`, other scripts -> `user-07`. */
function userIDFor(name: string, index: number): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[^\w\s]/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '.')
  return ascii.length > 2 ? ascii : `user-${String(index + 1).padStart(2, '0')}`
}

/** `YYYY-MM-DD` within the years given. */
function dateIn(random: () => number, fromYear: number, toYear: number): string {
  const year = fromYear + Math.floor(random() * (toYear - fromYear + 1))
  const month = 1 + Math.floor(random() * 12)
  const day = 1 + Math.floor(random() * 28)
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function personAt(name: string, index: number, random: () => number): SeedProfile {
  const hue = Math.floor(random() * 360)
  const userID = userIDFor(name, index)
  const bio = pick(random, BIOS)
  return {
    userID,
    nick: name,
    // About a third have a picture; the rest show initials, as in a real workspace.
    avatar: index % 3 === 1 ? portraitDataUrl(hue, (hue + 50) % 360) : '',
    gender: pick(random, ['female', 'male', 'unknown'] as const),
    selfSignature: pick(random, STATUSES),
    location: pick(random, CITIES),
    birthday: random() < 0.5 ? dateIn(random, 1975, 2001) : '',
    allowType: pick(random, ['allowAny', 'needConfirm'] as const),
    email: userID.startsWith('user-') ? '' : `${userID}@example.com`,
    customFields: {
      team: pick(random, TEAMS),
      startDate: dateIn(random, 2016, 2024),
      experience: String(1 + Math.floor(random() * 20)),
      mentor: random() < 0.4 ? 'true' : 'false',
      ...(bio ? { bio } : {}),
      ...(random() < 0.3 ? { website: `https://${userID.replace(/\./g, '')}.example.com` } : {}),
    },
  }
}

/** Everyone in the demo workspace except me: 48 people, the same on every load. */
export function createPeople(seed = 7): SeedProfile[] {
  const random = createRandom(seed)
  return NAMES.map((name, index) => personAt(name, index, random))
}

/** My own profile as the demo starts. */
export const me: SeedProfile = {
  userID: ME_ID,
  nick: 'Alex Kim',
  selfSignature: 'Trying out Profile Kit',
  location: 'Berlin',
  gender: 'unknown',
  allowType: 'needConfirm',
  email: 'alex.kim@example.com',
  customFields: { team: 'product', startDate: '2021-04-12', mentor: 'true', experience: '7' },
}
