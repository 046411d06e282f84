import type { ProfileSchema, SeedProfile } from '@profile-kit/core'
import { PORTRAITS } from './portraits'

/** The signed-in user of every story and test. */
export const ME: SeedProfile = {
  userID: 'ada',
  nick: 'Ada Lovelace',
  avatar: PORTRAITS.ada,
  gender: 'female',
  selfSignature: 'Writing the first program ✍️',
  birthday: '1815-12-10',
  location: 'London',
  email: 'ada@example.com',
  phone: '+44 20 7946 0000',
  allowType: 'needConfirm',
  customFields: { team: 'engines', pronouns: 'she/her', mentor: 'true' },
}

export const PEOPLE: SeedProfile[] = [
  {
    userID: 'grace',
    nick: 'Grace Hopper',
    avatar: PORTRAITS.grace,
    selfSignature: 'It’s easier to ask forgiveness than it is to get permission.',
    location: 'Arlington, VA',
    gender: 'female',
    birthday: '1906-12-09',
    customFields: { team: 'compilers', pronouns: 'she/her', website: 'https://example.com/grace' },
  },
  {
    userID: 'linus',
    nick: 'Linus',
    avatar: PORTRAITS.linus,
    selfSignature: 'Talk is cheap.',
    location: 'Portland',
  },
  {
    userID: 'mei',
    nick: '王美玲',
    avatar: PORTRAITS.mei,
    selfSignature: '今天也要加油！🌸',
    location: '杭州市西湖区',
    customFields: { team: 'design' },
  },
  { userID: 'no-avatar', nick: 'Quinn Rivera', selfSignature: 'No picture yet' },
  { userID: 'no-nick-7731' },
]

/** A backend with limits and one custom field of every type. */
export const SCHEMA: ProfileSchema = {
  fields: {
    nick: { maxLength: 32 },
    avatar: { maxLength: 2048 },
    gender: {},
    selfSignature: { maxLength: 80 },
    birthday: {},
    location: { maxBytes: 48 },
    email: {},
    phone: { maxLength: 24 },
    allowType: {},
  },
  customFields: [
    {
      key: 'team',
      label: 'Team',
      type: 'select',
      options: [
        { value: 'engines', label: 'Analytical Engines' },
        { value: 'compilers', label: 'Compilers' },
        { value: 'design', label: 'Design' },
      ],
    },
    { key: 'pronouns', label: 'Pronouns', type: 'text', maxLength: 20 },
    { key: 'bio', label: 'About me', type: 'textarea', maxLength: 200 },
    { key: 'years', label: 'Years of experience', type: 'number', min: 0, max: 80 },
    { key: 'started', label: 'Started on', type: 'date' },
    { key: 'website', label: 'Website', type: 'url' },
    { key: 'workEmail', label: 'Work email', type: 'email' },
    { key: 'mentor', label: 'Open to mentoring', type: 'boolean' },
  ],
}
