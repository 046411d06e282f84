const LAYER_OPEN = '@layer profile-kit {'

/**
 * The theme without its cascade layer, for `@profile-kit/ui/styles.unlayered.css`. Unlayered CSS
 * always beats layered CSS, whatever the specificity, so an app's unlayered reset (create-next-app's
 * `* { padding: 0; margin: 0 }`, Vite's template, modern-normalize, Tailwind v3's preflight) wipes
 * out the layered theme. The same rules unlayered win against it: their class selectors outrank
 * the resets' `*` and element selectors.
 *
 * @example
 * ```ts
 * unlayer('/* theme *\/\n@layer profile-kit {\n  .pk-card { padding: 16px; }\n}\n')
 * // '/* theme *\/\n.pk-card { padding: 16px; }\n' (with a note on top)
 * ```
 */
export function unlayer(css: string): string {
  const start = css.indexOf(LAYER_OPEN)
  const end = css.lastIndexOf('}')
  if (start < 0 || end < start || css.indexOf(LAYER_OPEN, start + 1) >= 0) {
    throw new Error('styles.css must wrap the whole theme in one `@layer profile-kit { … }` block')
  }
  const note =
    '/* styles.unlayered.css: styles.css without `@layer profile-kit`, for apps with unlayered resets. */\n'
  const body = css.slice(start + LAYER_OPEN.length, end).replace(/^ {2}/gm, '')
  return note + css.slice(0, start) + body.trim() + '\n'
}
