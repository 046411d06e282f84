/**
 * English messages, the default. Every string the components show comes from here (or from the
 * provider's `messages`, which override any key). `{name}` placeholders are filled at render time.
 *
 * @example
 * ```tsx
 * <ProfileProvider adapter={adapter} messages={{ ...en, 'card.retry': 'Try again' }}>
 * ```
 */
export const en = {
  /** BCP 47 tag used to format dates and numbers. */
  locale: 'en',

  'avatar.unknown': 'Unknown user',
  'avatar.button': 'View profile of {name}',
  /** An avatar's accessible name with the user's presence, e.g. "Ada, Online". */
  'avatar.withPresence': '{name}, {presence}',

  'presence.online': 'Online',
  'presence.offline': 'Offline',
  /** `{time}` is relative, in the locale: "5 minutes ago", "yesterday". */
  'presence.lastSeen': 'Last seen {time}',
  'presence.lastSeenJustNow': 'Last seen just now',

  'card.loading': 'Loading profile…',
  'card.notFound': 'No profile found for this user.',
  'card.error': 'Couldn’t load this profile.',
  'card.retry': 'Retry',
  'card.fields': 'Profile details',
  'card.remark': 'Remark',
  'card.remarkNone': 'None',
  'card.remarkEdit': 'Edit remark',
  'card.remarkSave': 'Save',
  'card.remarkCancel': 'Cancel',
  'card.remarkSaving': 'Saving…',
  'card.remarkFailed': 'Couldn’t save the remark. Try again.',

  'field.nick': 'Nickname',
  'field.avatar': 'Profile photo',
  'field.gender': 'Gender',
  'field.selfSignature': 'Status',
  'field.birthday': 'Birthday',
  'field.location': 'Location',
  'field.email': 'Email',
  'field.phone': 'Phone',
  'field.allowType': 'Friend requests',
  'field.messageSettings': 'Messages',
  'field.adminForbidType': 'Sending friend requests',
  'field.language': 'Language',
  'field.level': 'Level',
  'field.role': 'Role',

  'gender.unknown': 'Prefer not to say',
  'gender.female': 'Female',
  'gender.male': 'Male',
  'allowType.allowAny': 'Anyone can add me',
  'allowType.needConfirm': 'Ask me first',
  'allowType.denyAny': 'No one can add me',
  'messageSettings.receive': 'Receive messages',
  'messageSettings.doNotReceive': 'Don’t receive messages',
  'adminForbidType.none': 'Allowed',
  'adminForbidType.sendOut': 'Not allowed',
  'value.true': 'Yes',
  'value.false': 'No',
  'value.none': 'Not set',

  'editor.loading': 'Loading your profile…',
  'editor.loadFailed': 'Couldn’t load your profile.',
  'editor.retry': 'Retry',
  'editor.save': 'Save changes',
  'editor.saving': 'Saving…',
  'editor.reset': 'Reset',
  'editor.saved': 'Your profile was saved.',
  'editor.saveFailed': 'Couldn’t save your changes. {reason}',
  'editor.draftRestored': 'Unsaved changes from earlier were restored.',
  'editor.customFields': 'More about you',
  'editor.counter': '{count} of {limit} characters used',

  'picker.current': 'Your profile photo',
  'picker.choose': 'Choose a photo',
  'picker.hint': 'Or drop or paste an image here: JPEG, PNG, WebP or GIF, up to {limit}.',
  'picker.remove': 'Remove photo',
  'picker.presets': 'Or pick one of these',
  'picker.preset': 'Avatar {number}',
  'picker.link': 'Use an image link instead',
  'picker.linkField': 'Image link',
  'picker.useLink': 'Use link',
  'picker.cropTitle': 'Crop your photo',
  'picker.cropArea': 'Photo position',
  'picker.cropHint': 'Drag the photo, or use the arrow keys, to place it in the circle.',
  'picker.zoom': 'Zoom',
  'picker.opening': 'Opening your photo…',
  'picker.confirm': 'Use this photo',
  'picker.discard': 'Cancel',
  'picker.preparing': 'Preparing your photo…',
  'picker.uploading': 'Uploading your photo: {percent}%',
  'picker.uploadingStarted': 'Uploading your photo…',
  'picker.progress': 'Upload progress',
  'picker.saving': 'Saving your photo…',
  'picker.cancelUpload': 'Cancel upload',
  'picker.cancelled': 'Upload cancelled. Your photo was not changed.',
  'picker.updated': 'Your photo was updated.',
  'picker.removed': 'Your photo was removed.',
  'picker.uploadFailed': 'Couldn’t upload your photo. {reason}',
  'picker.changeFailed': 'Couldn’t change your photo. {reason}',
  'picker.retry': 'Try again',
  'picker.notAnImage': 'This file isn’t an image that can be used. Choose a JPEG, PNG, WebP or GIF photo.',
  'picker.unsupportedFormat': '{format} photos can’t be used here. Choose a JPEG, PNG, WebP or GIF photo.',
  'picker.tooLarge': 'This photo is {size}. Choose one of up to {limit}.',
  'picker.unreadable': 'This photo couldn’t be read; it may be damaged. Choose another one.',

  'error.invalid_argument': 'Some values were not accepted. Check the highlighted fields.',
  'error.not_ready': 'Not connected yet. Try again in a moment.',
  'error.not_found': 'The profile was not found.',
  'error.permission_denied': 'You don’t have permission to change this.',
  'error.content_rejected': 'Some of the text isn’t allowed. Change it and try again.',
  'error.rate_limited': 'Too many changes at once. Wait a moment and try again.',
  'error.network': 'Network problem. Check your connection and try again.',
  'error.unknown': 'Something went wrong. Try again.',

  'validation.required': 'This field is required.',
  'validation.maxLength': 'Use at most {limit} characters.',
  'validation.maxBytes': 'This is too long (at most {limit} bytes).',
  'validation.min': 'Enter {limit} or more.',
  'validation.max': 'Enter {limit} or less.',
  'validation.number': 'Enter a number.',
  'validation.date': 'Enter a date as YYYY-MM-DD.',
  'validation.url': 'Enter a link starting with https:// or http://.',
  'validation.email': 'Enter an email address like name@example.com.',
  'validation.pattern': 'This doesn’t have the expected format.',
  'validation.enum': 'Choose one of the options.',
  'validation.boolean': 'Choose yes or no.',
} as const

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
