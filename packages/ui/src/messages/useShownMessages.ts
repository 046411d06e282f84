import { useMemo } from 'react'
import { useProfileComponentSettings } from '@profile-kit/core'
import { enShown, type ShownMessageKey } from './enShown'
import { translatorOver, type TranslateOver } from './translatorOver'

/** A translate function over the words the list path shows (avatars, presence, cards). */
export type ShownTranslate = TranslateOver<ShownMessageKey>

/**
 * {@link useMessages} for the list-path components: the provider's `messages` over English, knowing
 * only the keys those components show, so the editors' English stays out of an app's first load.
 */
export function useShownMessages(): ShownTranslate {
  const { messages } = useProfileComponentSettings()
  return useMemo(() => translatorOver(enShown, messages), [messages])
}
