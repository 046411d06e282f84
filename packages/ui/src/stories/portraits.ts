/**
 * Offline avatar images for stories and tests (the sandbox has no network): small SVG portraits
 * as `data:image/svg+xml` URLs, plus a URL whose bytes are not an image, to fail for real.
 */
function portrait(from: string, to: string, skin: string, hair: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96">` +
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>` +
    `<rect width="96" height="96" fill="url(#g)"/>` +
    `<path d="M18 96c2-20 15-30 30-30s28 10 30 30z" fill="${hair}" opacity=".9"/>` +
    `<circle cx="48" cy="42" r="17" fill="${skin}"/>` +
    `<path d="M30 40c0-13 8-21 18-21s18 8 18 21c-4-7-10-10-18-10s-14 3-18 10z" fill="${hair}"/>` +
    `</svg>`
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}

export const PORTRAITS = {
  ada: portrait('#c7d2fe', '#818cf8', '#f1c7a5', '#3b2418'),
  grace: portrait('#bbf7d0', '#34d399', '#e0ac8a', '#6b7280'),
  linus: portrait('#fde68a', '#f59e0b', '#f3d2b8', '#a16207'),
  mei: portrait('#fbcfe8', '#f472b6', '#f5d0b5', '#111827'),
} as const

/** Bytes that are not an image: the browser really fails to decode them. */
export const BROKEN_AVATAR = 'data:image/png;base64,bm90IGFuIGltYWdl'
