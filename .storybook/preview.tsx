import type { Decorator, Preview } from '@storybook/react-vite'
import '../packages/ui/src/styles.css'

type Theme = 'light' | 'dark'

/**
 * The page a story sits on: the theme (`data-pk-theme`), the writing direction and the language
 * from the toolbar (or the story's own `globals`), on a background that matches the theme so
 * axe measures contrast against what a user would see.
 */
const withStage: Decorator = (Story, { globals }) => {
  const theme: Theme = globals.theme === 'dark' ? 'dark' : 'light'
  return (
    <div
      className="pk-story-stage"
      data-pk-theme={theme}
      dir={globals.direction === 'rtl' ? 'rtl' : 'ltr'}
      lang={globals.locale === 'zh-CN' ? 'zh-CN' : 'en'}
      style={{
        display: 'grid',
        justifyItems: 'center',
        alignContent: 'start',
        gap: 24,
        boxSizing: 'border-box',
        minHeight: '100vh',
        padding: 40,
        colorScheme: theme,
        background: theme === 'dark' ? '#0d0d10' : '#f5f5f7',
        color: theme === 'dark' ? '#ececf1' : '#18181b',
        fontFamily: 'var(--pk-font-family)',
      }}
    >
      <Story />
    </div>
  )
}

const preview: Preview = {
  parameters: {
    // Every story is checked by axe when it runs as a test: a violation fails the test.
    a11y: { test: 'error' },
    layout: 'fullscreen',
  },
  globalTypes: {
    theme: {
      description: 'Profile Kit theme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
    direction: {
      description: 'Writing direction',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
    locale: {
      description: 'Messages',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'zh-CN', title: '简体中文' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', direction: 'ltr', locale: 'en' },
  decorators: [withStage],
}
export default preview
