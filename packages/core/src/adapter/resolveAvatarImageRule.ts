import { invalidArgument } from '../errors/invalidArgument'
import type { AvatarImageRule } from './AvatarUpload'

/** An {@link AvatarImageRule} with its defaults filled in and checked. */
export type ResolvedAvatarImageRule = Required<Pick<AvatarImageRule, 'size' | 'type' | 'maxInputBytes'>> & {
  presets: readonly string[]
}

const TYPES: readonly string[] = ['image/jpeg', 'image/webp', 'image/png']
const DEFAULTS = { size: 512, type: 'image/jpeg', maxInputBytes: 20 * 1024 * 1024 } as const

const isWhole = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 1

/**
 * Fills in the defaults of an adapter's `avatarImage` (512 px, JPEG, 20 MB input, no presets)
 * and checks it, so a misconfigured adapter fails when the provider starts, naming what to fix.
 *
 * @throws {ProfileError} `invalid_argument` with `field` `avatarImage.<property>`.
 * @example
 * ```ts
 * resolveAvatarImageRule({ size: 256 }) // { size: 256, type: 'image/jpeg', maxInputBytes: 20971520, presets: [] }
 * ```
 */
export function resolveAvatarImageRule(rule: AvatarImageRule = {}): ResolvedAvatarImageRule {
  const { size = DEFAULTS.size, type = DEFAULTS.type, maxInputBytes = DEFAULTS.maxInputBytes } = rule
  const presets = rule.presets ?? []
  if (!isWhole(size)) throw invalidArgument('avatarImage.size', size, 'a whole number of pixels')
  if (!TYPES.includes(type)) throw invalidArgument('avatarImage.type', type, `one of ${TYPES.join(', ')}`)
  if (!isWhole(maxInputBytes)) {
    throw invalidArgument('avatarImage.maxInputBytes', maxInputBytes, 'a whole number of bytes')
  }
  if (!Array.isArray(presets) || !presets.every((url) => typeof url === 'string' && url !== '')) {
    throw invalidArgument('avatarImage.presets', presets, 'an array of image URLs')
  }
  return Object.freeze({ size, type, maxInputBytes, presets: Object.freeze([...presets]) })
}
