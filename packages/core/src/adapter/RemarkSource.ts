/** The name the signed-in user gave another user (Tencent's friend remark, NetEase's friend alias). */
export interface UserRemark {
  userID: string
  /** `''` when the user is a friend without a remark. */
  remark: string
}

/**
 * A remark that changed: the new remark, or `null` when the user is no longer my friend (deleted
 * on some device), so the kit stops showing and offering a remark for them.
 */
export interface RemarkChange {
  userID: string
  /** The new remark (`''`: cleared), or `null`: no longer a friend. */
  remark: string | null
}

/**
 * The signed-in user's remarks for other users. Only friends have remarks: users who are not are
 * left out of answers, and the kit then offers no remark editing for them. The kit batches
 * `getRemarks` like profiles (one call per `maxBatchSize` IDs requested in the same task) and
 * caches one entry per user; `onReset` of the adapter's `subscribe` refetches remarks too.
 *
 * @example
 * ```ts
 * const remarks: RemarkSource = {
 *   maxLength: 96,
 *   getRemarks: async (ids) => (await api.friends(ids)).map((f) => ({ userID: f.id, remark: f.alias })),
 *   setRemark: (userID, remark) => api.updateFriend(userID, { alias: remark }),
 *   subscribe: (onChange) => api.onFriendChanged((f) => onChange([{ userID: f.id, remark: f.alias }])),
 * }
 * ```
 */
export interface RemarkSource {
  /** Most IDs per `getRemarks` call. Defaults to the schema's `maxBatchSize`. */
  maxBatchSize?: number
  /** Longest remark the backend keeps, in UTF-16 units. The kit rejects longer ones before any I/O. */
  maxLength?: number
  /** Longest remark the backend keeps, in UTF-8 bytes (Tencent: 96). Checked like `maxLength`. */
  maxBytes?: number
  /** Remarks for these users, in any order; users who are not friends are omitted. */
  getRemarks(userIDs: string[]): Promise<UserRemark[]>
  /** Sets (or with `''` clears) my remark for a friend. Absent when the backend cannot. */
  setRemark?(userID: string, remark: string): Promise<void>
  /**
   * Remarks changed (on this or another device), including friends added (`''` or their remark)
   * and removed (`null`). Returns the function that stops listening.
   */
  subscribe?(onChange: (changes: RemarkChange[]) => void): () => void
}
