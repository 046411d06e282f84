import { readdir, readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright'
import { describe, expect, it } from 'vitest'
import { PHONE, setupDemo } from './demoTest'

const demo = setupDemo()
const assets = fileURLToPath(new URL('../dist/assets/', import.meta.url))

/**
 * A react-hook-form option name: property names survive minification, and nothing else in the
 * demo (React, TanStack Query, the kit's list components) has it.
 */
const REACT_HOOK_FORM_MARKER = 'reValidateMode'

/** The built scripts (globalSetup builds the demo) that contain react-hook-form. */
async function scriptsWithReactHookForm(): Promise<string[]> {
  const scripts = (await readdir(assets)).filter((name) => name.endsWith('.js'))
  const contents = await Promise.all(scripts.map((name) => readFile(assets + name, 'utf8')))
  return scripts.filter((_, index) => contents[index]!.includes(REACT_HOOK_FORM_MARKER))
}

/** File names of the scripts the page has downloaded so far. */
async function downloadedScripts(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() =>
    [
      ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((script) => script.src),
      ...performance.getEntriesByType('resource').map((entry) => entry.name),
    ].filter((url) => url.endsWith('.js')),
  )
  return [...new Set(urls.map((url) => new URL(url).pathname.split('/').pop()!))]
}

describe('the lazily loaded editor', () => {
  it('keeps react-hook-form out of the entry script, in one chunk of its own', async () => {
    const html = await readFile(fileURLToPath(new URL('../dist/index.html', import.meta.url)), 'utf8')
    const entry = /<script type="module"[^>]* src="\/assets\/([^"]+\.js)"/.exec(html)?.[1]
    expect(entry).toBeDefined()
    const withForm = await scriptsWithReactHookForm()
    expect(withForm).toHaveLength(1)
    expect(withForm).not.toContain(entry)
  })

  it('on a phone, the chat screen does not download the editor; opening "Me" does, then shows it', async () => {
    const [editorChunk] = await scriptsWithReactHookForm()
    const { page } = await demo.open({ viewport: PHONE })
    const downloaded = await downloadedScripts(page)
    expect(downloaded.length).toBeGreaterThan(0)
    expect(downloaded).not.toContain(editorChunk)

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Me' }).click()
    await expect.poll(() => page.getByRole('textbox', { name: 'Nickname' }).isVisible()).toBe(true)
    expect(await downloadedScripts(page)).toContain(editorChunk)
  })
})
