import { ProfileError, type ProfileErrorCode } from '../errors/ProfileError'
import { describeValue } from '../errors/invalidArgument'

/** The network conditions a memory adapter simulates. */
export interface Simulation {
  /** Delay of every call in milliseconds. */
  latencyMs: number
  /** Share of calls that fail, from `0` to `1`. */
  failureRate: number
  /** The code of simulated failures. */
  failureCode: ProfileErrorCode
}

const CODES: readonly ProfileErrorCode[] = [
  'invalid_argument',
  'not_ready',
  'not_found',
  'permission_denied',
  'content_rejected',
  'rate_limited',
  'network',
  'unknown',
]

/**
 * Checks the simulation settings a caller passed, so a typo fails loudly instead of silently
 * simulating nothing.
 *
 * @throws {ProfileError} `invalid_argument` naming the setting.
 * @internal Used by {@link createMemoryAdapter}.
 */
export function checkSimulation(settings: Partial<Simulation>): Partial<Simulation> {
  const { latencyMs, failureRate, failureCode } = settings
  if (
    latencyMs !== undefined &&
    !(typeof latencyMs === 'number' && Number.isFinite(latencyMs) && latencyMs >= 0)
  ) {
    throw invalid('latencyMs', latencyMs, 'a finite number of milliseconds >= 0')
  }
  if (
    failureRate !== undefined &&
    !(typeof failureRate === 'number' && failureRate >= 0 && failureRate <= 1)
  ) {
    throw invalid('failureRate', failureRate, 'a number from 0 (never fail) to 1 (always fail)')
  }
  if (failureCode !== undefined && !CODES.includes(failureCode)) {
    throw invalid('failureCode', failureCode, `one of ${CODES.join(', ')}`)
  }
  return settings
}

function invalid(field: string, value: unknown, rule: string): ProfileError {
  return new ProfileError(
    'invalid_argument',
    `createMemoryAdapter: ${field} must be ${rule}, got ${describeValue(value)}.`,
    {
      field,
    },
  )
}
