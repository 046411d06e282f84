/** The backends the demo can run on: the memory adapter, or a vendor adapter over its SDK double. */
export const BACKEND_KINDS = ['memory', 'tencent', 'nim', 'nim-classic'] as const

/** One of {@link BACKEND_KINDS}. */
export type BackendKind = (typeof BACKEND_KINDS)[number]

/**
 * The backend a page address asks for with `?backend=`; the memory adapter when absent or unknown.
 *
 * @example
 * ```ts
 * backendKindFrom('?backend=nim-classic') // 'nim-classic'
 * ```
 */
export function backendKindFrom(search: string): BackendKind {
  const asked = new URLSearchParams(search).get('backend')
  return BACKEND_KINDS.find((kind) => kind === asked) ?? 'memory'
}
