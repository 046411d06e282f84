import { useEffect, useState, type RefObject } from 'react'

/**
 * `true` from the first time `ref`'s element is on screen, and from then on. A panel hidden by
 * `hidden` or `display: none` (the phone layout's other screens) is not on screen, so whatever it
 * loads on first show waits until the user opens it.
 *
 * @example
 * ```tsx
 * const shown = useShownOnce(panel)
 * return <section ref={panel}>{shown ? <HeavyPart /> : <Placeholder />}</section>
 * ```
 */
export function useShownOnce(ref: RefObject<Element | null>): boolean {
  // Without IntersectionObserver (very old browsers) there is no way to tell: load at once.
  const [shown, setShown] = useState(() => typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    const element = ref.current
    if (shown || !element) return
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setShown(true)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, shown])
  return shown
}
