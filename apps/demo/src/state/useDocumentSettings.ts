import { useEffect } from 'react'
import { useDemoStore } from './useDemoStore'

/**
 * Puts the chosen theme and language on `<html>`: `data-pk-theme` drives the kit's theme and the
 * demo's colours, `lang` tells screen readers and fonts which language the page is in.
 *
 * @example
 * ```tsx
 * function App() { useDocumentSettings(); ... }
 * ```
 */
export function useDocumentSettings(): void {
  const theme = useDemoStore((state) => state.theme)
  const locale = useDemoStore((state) => state.locale)
  useEffect(() => {
    const html = document.documentElement
    html.dataset.pkTheme = theme
  }, [theme])
  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en'
    document.title = locale === 'zh' ? 'Profile Kit 演示' : 'Profile Kit demo'
  }, [locale])
}
