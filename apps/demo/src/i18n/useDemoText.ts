import { useCallback } from 'react'
import { formatMessage } from '@profile-kit/ui'
import { useDemoStore } from '../state/useDemoStore'
import { demoEn, demoZh, type DemoMessageKey } from './demoMessages'

/** Translates one of the demo's own messages. */
export type DemoText = (key: DemoMessageKey, values?: Readonly<Record<string, string | number>>) => string

/**
 * The demo's own words in the language chosen in the toolbar.
 *
 * @example
 * ```tsx
 * const t = useDemoText()
 * <button>{t('composer.send')}</button>
 * ```
 */
export function useDemoText(): DemoText {
  const locale = useDemoStore((state) => state.locale)
  return useCallback(
    (key, values) => formatMessage((locale === 'zh' ? demoZh : demoEn)[key], values),
    [locale],
  )
}
