import type { Preview } from '@storybook/react-vite'

const preview: Preview = {
  parameters: {
    // Every story is checked by axe when it runs as a test: a violation fails the test.
    a11y: { test: 'error' },
    layout: 'centered',
  },
}
export default preview
