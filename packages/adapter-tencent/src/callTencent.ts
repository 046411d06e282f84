import { ProfileError } from '@profile-kit/core/vanilla'
import { toTencentProfileError } from './toTencentProfileError'

/** Runs one SDK call and unwraps its `{ code: 0, data }` answer; rejections become ProfileErrors. */
export async function callTencent(operation: string, run: () => Promise<unknown>): Promise<unknown> {
  let response: unknown
  try {
    response = await run()
  } catch (error) {
    throw toTencentProfileError(error, operation)
  }
  if (typeof response !== 'object' || response === null || !('data' in response)) {
    throw new ProfileError(
      'unknown',
      `Tencent Cloud Chat ${operation} resolved without data; is chat a @tencentcloud/chat instance?`,
    )
  }
  return response.data
}
