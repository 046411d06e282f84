/** The name the signed-in user gave another user (Tencent's friend remark, NetEase's friend alias). */
export interface UserRemark {
  userID: string
  /** `''` when the user is a friend without a remark. */
  remark: string
}

/**
 * The signed-in user's remarks for other users. Only friends have remarks: users who are not are
 * left out of answers, and the kit then offers no remark editing for them.
 */
export interface RemarkSource {
  /** Most IDs per `getRemarks` call. Defaults to the schema's `maxBatchSize`. */
  maxBatchSize?: number
  /** Longest remark the backend keeps, in UTF-16 units. */
  maxLength?: number
  /** Remarks for these users, in any order; users who are not friends are omitted. */
  getRemarks(userIDs: string[]): Promise<UserRemark[]>
  /** Sets (or with `''` clears) my remark for a friend. Absent when the backend cannot. */
  setRemark?(userID: string, remark: string): Promise<void>
  /** Remarks changed (on this or another device). Returns the function that stops listening. */
  subscribe?(onChange: (changes: UserRemark[]) => void): () => void
}
