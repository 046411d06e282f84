import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import { zhCN } from '../messages/zhCN'
import { MemoryKit } from '../stories/MemoryKit'
import { ProfileEditor } from '../ProfileEditor/ProfileEditor'
import { ProfileEditorFallback } from './ProfileEditorFallback'

describe('ProfileEditorFallback', () => {
  it('is exactly the loading box ProfileEditor shows, so a lazy editor does not jump when it arrives', () => {
    const props = { className: 'settings__editor', style: { maxWidth: 480 } }
    const editor = render(
      <MemoryKit options={{ latencyMs: 1_000 }}>
        <ProfileEditor {...props} />
      </MemoryKit>,
    )
    const fallback = render(
      <MemoryKit>
        <ProfileEditorFallback {...props} />
      </MemoryKit>,
    )
    expect(editor.container.firstElementChild).toHaveAttribute('data-state', 'loading')
    expect(fallback.container.innerHTML).toBe(editor.container.innerHTML)
  })

  it('tells assistive technology it is busy, in the provider’s language', () => {
    render(
      <MemoryKit options={{ messages: zhCN }}>
        <ProfileEditorFallback />
      </MemoryKit>,
    )
    const box = screen.getByText(zhCN['editor.loading']).closest('.pk-editor')
    expect(box).toHaveAttribute('aria-busy', 'true')
  })
})
