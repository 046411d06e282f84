import type { StorybookConfig } from '@storybook/react-vite'
import { sourceResolve } from '../tooling/sourceResolve.ts'

const config: StorybookConfig = {
  stories: ['../packages/*/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-vitest', '@storybook/addon-a11y'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: (config) => {
    config.resolve = { ...config.resolve, conditions: sourceResolve.conditions }
    return config
  },
}
export default config
