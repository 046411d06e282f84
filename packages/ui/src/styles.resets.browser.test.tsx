/// <reference types="vite/client" />
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { render } from 'vitest-browser-react'
// The app templates' own CSS, as create-next-app and create-vite write it: the copies the scratch
// apps (scripts/scratch-apps) are built with, so the theme is tested under what those apps load.
import createNextApp from '../../../scripts/scratch-apps/templates/next-app/app/globals.css?raw'
import viteTemplate from '../../../scripts/scratch-apps/templates/vite-react/src/index.css?raw'
// Third-party resets, vendored as their packages ship them (Tailwind's preflight builds on modern-normalize).
import modernNormalize from '../test-fixtures/vendor/modern-normalize.css?raw'
import tailwindPreflight from '../test-fixtures/vendor/tailwind-preflight.css?raw'
import { unlayer } from '../unlayer'
import { ProfileCard } from './ProfileCard/ProfileCard'
import { ProfileEditor } from './ProfileEditor/ProfileEditor'
import { MemoryKit } from './stories/MemoryKit'
import layered from './styles.css?raw'

const unlayered = unlayer(layered)

/** What CSS resets change: the box model, alignment, type and list and button looks. */
const PROPERTIES = [
  ...['top', 'right', 'bottom', 'left'].flatMap((side) => [
    `padding-${side}`,
    `margin-${side}`,
    `border-${side}-width`,
  ]),
  'box-sizing',
  'text-align',
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'list-style-type',
  'background-color',
  'border-top-left-radius',
  'color',
] as const

/** Tailwind v4 as its index.css loads it: layer order first, preflight in `base`. */
const tailwind4 = `@layer theme, base, components, utilities;\n@layer base {\n${tailwindPreflight}\n}`

let styles: HTMLStyleElement[] = []
afterEach(() => {
  styles.forEach((style) => style.remove())
  styles = []
})

/** Loads `sheets` in order (the app's reset first, the kit's theme last), like an app's imports. */
function load(...sheets: string[]) {
  for (const css of sheets) {
    const style = document.createElement('style')
    style.textContent = css
    document.head.append(style)
    styles.push(style)
  }
}

/** Every element of a card and an editor, with its computed value of each property. */
async function renderAndMeasure(): Promise<Array<Record<string, string>>> {
  const { unmount } = await render(
    // #root as in a Vite app; a fixed width, so the app's page width does not move `auto` margins.
    <div id="root">
      <div style={{ inlineSize: 600 }}>
        <MemoryKit>
          <ProfileCard userID="grace" fields={['location', 'customFields']} />
          <ProfileEditor />
        </MemoryKit>
      </div>
    </div>,
  )
  await expect.poll(() => document.querySelector('.pk-card')?.getAttribute('data-state')).toBe('ready')
  await expect.element(page.getByRole('textbox', { name: 'Nickname' })).toBeVisible()
  // <option>s are left out: a closed native <select> draws none, and its popup is the browser's.
  const parts = document.querySelectorAll<HTMLElement>(
    ':is(.pk-card, .pk-card *, .pk-editor, .pk-editor *):not(option)',
  )
  const measured = [...parts].map((element) => {
    const style = getComputedStyle(element)
    const entry: Record<string, string> = { part: `${element.tagName.toLowerCase()}.${element.className}` }
    for (const property of PROPERTIES) entry[property] = style.getPropertyValue(property)
    return entry
  })
  await unmount()
  return measured
}

/** The parts whose look differs from `expected`, with only the properties that differ. */
function differences(expected: Array<Record<string, string>>, actual: Array<Record<string, string>>) {
  expect(actual.map((entry) => entry.part)).toEqual(expected.map((entry) => entry.part))
  return actual
    .map((entry, index) => {
      const changed = Object.entries(entry).filter(([key, value]) => expected[index]![key] !== value)
      return changed.length ? { part: entry.part, ...Object.fromEntries(changed) } : undefined
    })
    .filter((entry) => entry !== undefined)
}

describe('the theme under the CSS resets apps ship (Chromium)', () => {
  const resets = {
    "create-next-app's globals.css": createNextApp,
    "Vite's react-ts template index.css": viteTemplate,
    'modern-normalize, unlayered': modernNormalize,
    "Tailwind's preflight, unlayered (as Tailwind v3 emits it)": tailwindPreflight,
    "Tailwind v4's preflight in @layer base": tailwind4,
  }

  it.each(Object.entries(resets))('styles.unlayered.css looks the same after %s', async (_name, reset) => {
    load(unlayered)
    const expected = await renderAndMeasure()
    styles.forEach((style) => style.remove())
    load(reset, unlayered)
    expect(differences(expected, await renderAndMeasure())).toEqual([])
  })

  // The layered theme survives resets that are layered themselves or touch only inherited properties.
  const layeredSurvives = {
    "Vite's react-ts template index.css": viteTemplate,
    "Tailwind v4's preflight in @layer base": tailwind4,
  }
  it.each(Object.entries(layeredSurvives))(
    'styles.css (layered) looks the same after %s',
    async (_name, reset) => {
      load(layered)
      const expected = await renderAndMeasure()
      styles.forEach((style) => style.remove())
      load(reset, layered)
      expect(differences(expected, await renderAndMeasure())).toEqual([])
    },
  )

  it("styles.css (layered) loses its spacing to create-next-app's unlayered reset: why the unlayered sheet exists", async () => {
    load(layered)
    const expected = await renderAndMeasure()
    styles.forEach((style) => style.remove())
    load(createNextApp, layered)
    const changed = differences(expected, await renderAndMeasure())
    expect(changed.find((entry) => entry.part === 'div.pk-card')).toHaveProperty('padding-top', '0px')
  })
})
