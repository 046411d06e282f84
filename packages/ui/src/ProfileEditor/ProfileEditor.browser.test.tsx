import { beforeEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../styles.css'
import { textContrast } from '../stories/contrast'
import { createKitAdapter, MemoryKit } from '../stories/MemoryKit'
import { memoryStorage } from '../stories/memoryStorage'
import { ProfileEditor } from './ProfileEditor'

async function renderEditor(theme: 'light' | 'dark' = 'light') {
  const adapter = createKitAdapter({ draftStorage: memoryStorage() })
  await render(
    <div data-pk-theme={theme}>
      <MemoryKit adapter={adapter} options={{ draftStorage: memoryStorage() }}>
        <ProfileEditor />
      </MemoryKit>
    </div>,
  )
  await expect.element(page.getByRole('textbox', { name: 'Nickname' })).toBeVisible()
  return adapter
}

const focused = () => document.activeElement as HTMLElement

beforeEach(() => sessionStorage.clear())

describe('ProfileEditor in Chromium', () => {
  it('can be edited and saved with the keyboard alone', async () => {
    const adapter = await renderEditor()
    ;(page.getByRole('textbox', { name: 'Nickname' }).element() as HTMLElement).focus()
    await userEvent.keyboard('{Control>}a{/Control}Ada King')
    // The photo picker's controls come next, then Gender.
    const picker: string[] = []
    for (
      let i = 0;
      i < 5 && focused().id !== page.getByRole('combobox', { name: 'Gender' }).element().id;
      i++
    ) {
      await userEvent.tab()
      picker.push(focused().textContent ?? '')
    }
    expect(picker.slice(0, -1)).toEqual(['Choose a photo', 'Remove photo', 'Use an image link instead'])
    expect(focused()).toHaveAccessibleName('Gender')
    await userEvent.keyboard('{ArrowDown}') // female → male
    await userEvent.tab()
    expect(focused()).toHaveAccessibleName('Status')
    await userEvent.keyboard('{Control>}a{/Control}Debugging')

    // Tab on to the end: every control is reachable in order, ending with Reset and Save.
    const order: string[] = []
    for (let i = 0; i < 30 && focused().textContent !== 'Save changes'; i++) {
      await userEvent.tab()
      order.push(focused().getAttribute('aria-label') ?? focused().textContent ?? focused().id)
    }
    expect(order.slice(-2)).toEqual(['Reset', 'Save changes'])
    await userEvent.keyboard('{Enter}')

    await expect.element(page.getByRole('status')).toHaveTextContent('Your profile was saved.')
    expect(adapter.getStored('ada')).toMatchObject({
      nick: 'Ada King',
      gender: 'male',
      selfSignature: 'Debugging',
    })
    expect(focused()).toHaveTextContent('Save changes') // focus is not dropped on the page
  })

  it('moves focus to the first invalid field on submit and reads its error with it', async () => {
    await renderEditor()
    const email = page.getByRole('textbox', { name: 'Email', exact: true })
    await email.fill('nope')
    const phone = page.getByRole('textbox', { name: 'Phone', exact: true })
    await phone.fill('+1 555 0100 0100 0100 0100 0100')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect.element(email).toHaveFocus()
    await expect.element(email).toHaveAttribute('aria-invalid', 'true')
    await expect.element(email).toHaveAccessibleDescription('Enter an email address like name@example.com.')
    await expect.element(phone).toHaveAccessibleDescription('Use at most 24 characters.')
  })

  it('keeps focus on Reset after resetting', async () => {
    await renderEditor()
    await page.getByRole('textbox', { name: 'Location' }).fill('Paris')
    const reset = page.getByRole('button', { name: 'Reset' })
    await reset.click()
    await expect.element(page.getByRole('textbox', { name: 'Location' })).toHaveValue('London')
    await expect.element(reset).toHaveFocus()
    await expect.element(reset).toHaveAttribute('aria-disabled', 'true')
  })

  for (const theme of ['light', 'dark'] as const) {
    it(`has AA contrast for labels, values, hints, errors and buttons (${theme})`, async () => {
      await renderEditor(theme)
      await page.getByRole('textbox', { name: 'Email', exact: true }).fill('nope')
      await page.getByRole('button', { name: 'Save changes' }).click()
      await expect.element(page.getByText('Enter an email address like name@example.com.')).toBeVisible()
      // Colours at rest: on a busy machine Save can still be fading in from disabled or into its hover colour.
      const transitions = document.getAnimations().filter((animation) => animation instanceof CSSTransition)
      // A transition cancelled meanwhile (the hover moved) rejects `finished`; it has stopped too.
      await Promise.allSettled(transitions.map((transition) => transition.finished))
      const texts = document.querySelectorAll(
        '.pk-field__label, .pk-input, .pk-select, .pk-field__hint, .pk-field__error, .pk-custom-fields__legend, .pk-button:not([aria-disabled])',
      )
      expect(texts.length).toBeGreaterThan(20)
      const failing = [...texts]
        .map((element) => ({
          text: element.textContent || element.getAttribute('name'),
          ratio: textContrast(element),
        }))
        .filter(({ ratio }) => ratio < 4.5)
      expect(failing).toEqual([])
    })
  }
})
