import type { ProfileSchema } from '@profile-kit/core'

/** Teams a person can belong to: the options of the `team` select. */
export const TEAMS = ['design', 'engineering', 'product', 'support', 'marketing'] as const

/**
 * What the demo's backend stores: the standard fields with limits like a real chat backend's, and
 * one custom field of each kind the editor supports, so a newcomer sees every control.
 */
export const demoSchema: ProfileSchema = {
  maxBatchSize: 100,
  fields: {
    nick: { maxLength: 32 },
    avatar: { maxLength: 500 },
    gender: {},
    selfSignature: { maxLength: 80 },
    birthday: {},
    location: { maxLength: 48 },
    email: { maxLength: 80 },
    phone: { maxLength: 24 },
    allowType: {},
  },
  customFields: [
    {
      key: 'team',
      label: 'Team',
      type: 'select',
      options: [
        { value: 'design', label: 'Design' },
        { value: 'engineering', label: 'Engineering' },
        { value: 'product', label: 'Product' },
        { value: 'support', label: 'Support' },
        { value: 'marketing', label: 'Marketing' },
      ],
    },
    { key: 'startDate', label: 'Joined on', type: 'date' },
    { key: 'website', label: 'Website', type: 'url', maxLength: 120 },
    { key: 'mentor', label: 'Open to mentoring', type: 'boolean' },
    { key: 'experience', label: 'Years of experience', type: 'number', min: 0, max: 60 },
    { key: 'bio', label: 'About me', type: 'textarea', maxLength: 280 },
  ],
}
