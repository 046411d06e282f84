import type { Decorator, StoryContext } from '@storybook/react-vite'
import type { MemoryAdapter } from '@profile-kit/core'
import { zhCN } from '../messages/zhCN'
import { createKitAdapter, MemoryKit, type KitOptions } from './MemoryKit'
import { memoryStorage } from './memoryStorage'

/** Story parameters: `kit` configures the story's memory backend and provider. */
export interface KitParameters {
  kit?: KitOptions
}

interface Loaded {
  adapter: MemoryAdapter
  options: KitOptions
  mountKey: string
}

let mounts = 0

/** Creates each story's own backend before it renders, so play functions can drive it. */
export async function memoryKitLoader({ parameters }: Pick<StoryContext, 'parameters'>): Promise<Loaded> {
  const kit = (parameters as KitParameters).kit ?? {}
  const options: KitOptions = { draftStorage: memoryStorage(), ...kit }
  return { adapter: createKitAdapter(options), options, mountKey: `kit-${++mounts}` }
}

/** Wraps a story in a `ProfileProvider` over its memory backend, in the toolbar's locale. */
export const withMemoryKit: Decorator = (Story, context) => {
  const { adapter, options, mountKey } = context.loaded as Loaded
  const messages = options.messages ?? (context.globals.locale === 'zh-CN' ? zhCN : undefined)
  return (
    <MemoryKit key={mountKey} adapter={adapter} options={{ ...options, messages }}>
      <Story />
    </MemoryKit>
  )
}

/** The story's memory backend, for play functions (simulate failures and remote changes). */
export function kitAdapter(context: Pick<StoryContext, 'loaded'>): MemoryAdapter {
  return (context.loaded as Loaded).adapter
}
