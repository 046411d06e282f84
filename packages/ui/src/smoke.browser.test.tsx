import { expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { render } from 'vitest-browser-react'

it('renders in Chromium', async () => {
  await render(<p>hello</p>)
  await expect.element(page.getByText('hello')).toBeVisible()
})
