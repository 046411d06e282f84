import type { StandardField } from './profile'

/** Limits of one standard field in a backend. */
export interface FieldRule {
  /** Maximum length in UTF-16 code units, like HTML `maxlength`. */
  maxLength?: number
  /** Maximum length in UTF-8 bytes, for backends that count bytes. */
  maxBytes?: number
  /** `false` when the backend stores the field but users may not change it. Defaults to `true`. */
  editable?: boolean
}

/** The control types `CustomFieldEditor` renders. Values are always strings. */
export type CustomFieldType = 'text' | 'textarea' | 'number' | 'select' | 'date' | 'url' | 'email' | 'boolean'

/**
 * A custom profile field the backend has been configured with.
 * Values are strings: numbers in decimal, dates `YYYY-MM-DD`, booleans `'true'`/`'false'`.
 *
 * @example
 * ```ts
 * const team: CustomFieldDefinition = { key: 'team', label: 'Team', type: 'select', options: [{ value: 'core' }] }
 * ```
 */
export interface CustomFieldDefinition {
  /** Key without vendor prefix. */
  key: string
  label?: string
  type: CustomFieldType
  /** Choices for `select`. */
  options?: Array<{ value: string; label?: string }>
  required?: boolean
  /** Bounds for `number`. */
  min?: number
  max?: number
  maxLength?: number
  maxBytes?: number
  /** A regular expression the whole value must match (anchored, as in HTML). */
  pattern?: string
}

/** What a backend stores and allows. Every part is optional; see the defaults on each. */
export interface ProfileSchema {
  /** Most IDs per `getUserProfiles` call. Defaults to `100`. */
  maxBatchSize?: number
  /**
   * The standard fields this backend stores, with their limits. A field absent here is not stored:
   * the editor hides it and a patch that sets it is `invalid_argument`. When omitted, the nine
   * fields `ProfileEditor` labels are allowed without limits.
   */
  fields?: Partial<Record<StandardField, FieldRule>>
  /** Declared custom fields. When omitted, any custom key is allowed. */
  customFields?: CustomFieldDefinition[]
  /**
   * `true` when the backend lives in this page and keeps uploaded photos as `blob:` object URLs
   * (the memory adapter, demo doubles): `avatar` may then be a `blob:` URL besides an http/https
   * one. Defaults to `false`: a `blob:` URL means nothing outside the page that made it, so a
   * backend other users read must never store one.
   */
  avatarObjectUrls?: boolean
}

/** Default `maxBatchSize`. */
export const DEFAULT_MAX_BATCH_SIZE = 100
