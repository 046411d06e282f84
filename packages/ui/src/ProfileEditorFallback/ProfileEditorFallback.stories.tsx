import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { memoryKitLoader, withMemoryKit, type KitParameters } from '../stories/withMemoryKit'
import { ProfileEditorFallback } from './ProfileEditorFallback'

const meta = {
  title: 'Components/ProfileEditorFallback',
  component: ProfileEditorFallback,
  loaders: [memoryKitLoader],
  decorators: [withMemoryKit],
} satisfies Meta<typeof ProfileEditorFallback>
export default meta
type Story = StoryObj<typeof meta> & { parameters?: KitParameters }

/** What a `<Suspense>` shows while `@profile-kit/ui/editor` downloads: the editor's loading box. */
export const Default: Story = {
  play: async ({ canvas }) => {
    const text = canvas.getByText('Loading your profile…')
    await expect(text.closest('.pk-editor')).toHaveAttribute('aria-busy', 'true')
  },
}
