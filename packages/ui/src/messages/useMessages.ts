import { useMemo } from 'react'
import { useProfileComponentSettings } from '@profile-kit/core'
import { createTranslator, type Translate } from './createTranslator'

/**
 * The translate function the components use: the `ProfileProvider`'s `messages` over English.
 * Works outside a provider too (English). Use it in your own replacement parts to stay in step.
 *
 * @example
 * ```tsx
 * function Retry({ onRetry }: { onRetry(): void }) {
 *   const t = useMessages()
 *   return <button onClick={onRetry}>{t('card.retry')}</button>
 * }
 * ```
 */
export function useMessages(): Translate {
  const { messages } = useProfileComponentSettings()
  return useMemo(() => createTranslator(messages), [messages])
}
