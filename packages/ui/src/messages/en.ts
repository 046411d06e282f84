import { enEditing } from './enEditing'
import { enShown } from './enShown'

/**
 * English messages, the default. Every string the components show comes from here (or from the
 * provider's `messages`, which override any key). `{name}` placeholders are filled at render time.
 *
 * @example
 * ```tsx
 * <ProfileProvider adapter={adapter} messages={{ ...en, 'card.retry': 'Try again' }}>
 * ```
 */
// `Object.assign` marked pure (not a spread, which bundlers keep in case of getters): an app that
// imports only the list path drops `en`, and with it the editors' words.
export const en: typeof enShown & typeof enEditing = /* @__PURE__ */ Object.assign({}, enShown, enEditing)

/**
 * A key of the messages object.
 *
 * @example
 * ```ts
 * const key: MessageKey = 'card.retry'
 * ```
 */
export type MessageKey = keyof typeof en

/**
 * The messages every component reads: one string per {@link MessageKey}.
 *
 * @example
 * ```ts
 * const fr: Messages = { ...en, 'card.retry': 'Réessayer' }
 * ```
 */
export type Messages = { readonly [K in MessageKey]: string }
