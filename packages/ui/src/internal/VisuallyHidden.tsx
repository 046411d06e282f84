import type { CSSProperties, ReactNode } from 'react'

// Inline, not in the theme: the text must stay hidden for sighted users in unstyled use too.
const HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
}

/** Text for assistive technology only, e.g. a button's name beside an `aria-hidden` picture. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span style={HIDDEN}>{children}</span>
}
