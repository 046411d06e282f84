/**
 * A small stylised portrait (gradient, head and shoulders) as an SVG data URL, so some senders
 * have pictures without any network: the demo works offline and the avatars never 404.
 *
 * @example
 * ```ts
 * portraitDataUrl(210, 280) // 'data:image/svg+xml,...'
 * ```
 */
export function portraitDataUrl(hue: number, accentHue: number): string {
  const svg =
    `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 64 64'>` +
    `<defs><linearGradient id='g' x1='0' y1='0' x2='1' y2='1'>` +
    `<stop offset='0' stop-color='hsl(${hue} 70% 62%)'/><stop offset='1' stop-color='hsl(${accentHue} 65% 42%)'/>` +
    `</linearGradient></defs><rect width='64' height='64' fill='url(%23g)'/>` +
    `<circle cx='32' cy='26' r='12' fill='hsl(${hue} 60% 92%)'/>` +
    `<path d='M10 64c2-14 11-21 22-21s20 7 22 21z' fill='hsl(${hue} 60% 92%)'/></svg>`
  return `data:image/svg+xml,${svg.replace(/</g, '%3C').replace(/>/g, '%3E').replace(/ /g, '%20')}`
}
