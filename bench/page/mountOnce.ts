import { flushSync } from 'react-dom'
import type { VariantName } from './benchApi'
import { mountApp } from './mountApp'
import { CARD_COUNT } from './scenario'
import { variants } from './variants'
import type { VariantEnv } from './variants/VariantEnv'
import { readyCards } from './waitForDom'

/**
 * One warm mount: the whole tree rendered with `flushSync(root.render)` on a fresh root, which
 * includes the commit and the effects of a sync render (where the hooks subscribe). Garbage from
 * the previous run is collected first when the page can, so it is not billed to this one.
 */
export function mountOnce(variant: VariantName, env: VariantEnv): number {
  window.gc?.()
  const app = mountApp()
  const element = variants[variant](env)
  const start = performance.now()
  flushSync(() => app.root.render(element))
  const elapsed = performance.now() - start
  const ready = readyCards(app.container)
  app.dispose()
  if (ready !== CARD_COUNT) {
    throw new Error(
      `bench: ${variant} showed ${ready} of ${CARD_COUNT} names on a warm mount; the cache was not warm.`,
    )
  }
  return elapsed
}
