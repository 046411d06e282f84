import { build, preview } from 'vite'
import { PAGE_CONFIG } from './paths'

/** The built bench page, served on 127.0.0.1. */
export interface ServedPage {
  url: string
  close(): Promise<void>
}

/**
 * Builds the bench page with production React (`vite build`) and serves it with `vite preview`.
 *
 * @example
 * ```ts
 * const served = await servePage()
 * await page.goto(served.url)
 * ```
 */
export async function servePage(): Promise<ServedPage> {
  // Vite's module runner, which loaded this runner, set NODE_ENV to 'development'; the page must
  // get production React and the production JSX runtime, as `vite build` gives them.
  process.env.NODE_ENV = 'production'
  await build({ configFile: PAGE_CONFIG, mode: 'production' })
  const server = await preview({ configFile: PAGE_CONFIG })
  const url = server.resolvedUrls?.local[0]
  if (!url) {
    await server.close()
    throw new Error('bench: vite preview started without a local URL.')
  }
  return { url, close: () => server.close() }
}
