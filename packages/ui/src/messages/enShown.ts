/**
 * English for what the list path shows: avatars, presence, cards and their remark form, field labels
 * and values. Kept apart from the editors' words ({@link enEditing}) so an app that only shows
 * profiles does not download them; {@link en} is both.
 */
export const enShown = {
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

  /** `ProfileEditorFallback` shows this while a lazily loaded editor downloads. */
  'editor.loading': 'Loading your profile…',

  /** The remark form checks these before saving; the editors use them too. */
  'validation.maxLength': 'Use at most {limit} characters.',
  'validation.maxBytes': 'This is too long (at most {limit} bytes).',
} as const

/** A key the list-path components read. */
export type ShownMessageKey = keyof typeof enShown
