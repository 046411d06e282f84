import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'

const meta = { title: 'Smoke', component: () => <p>hello</p> } satisfies Meta
export default meta
export const Hello: StoryObj<typeof meta> = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText('hello')).toBeVisible()
  },
}
