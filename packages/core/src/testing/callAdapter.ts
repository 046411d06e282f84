import { isProfileError } from '../errors/ProfileError'
import { describeError, fail } from './fail'

/**
 * Awaits one adapter call that must succeed, turning a rejection (or a synchronous throw) into a
 * failure message that names the call.
 *
 * @internal
 */
export async function callAdapter<T>(label: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    const hint = isProfileError(error) ? '' : ' (and adapters must reject with ProfileError)'
    return fail(`${label} rejected with ${describeError(error)}, but it should have succeeded${hint}.`, error)
  }
}
