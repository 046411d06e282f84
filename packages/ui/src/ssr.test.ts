import { describe, expect, it } from 'vitest'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { normalizeProfile } from '@profile-kit/core/vanilla'
import { Avatar, CustomFieldEditor, ProfileCard } from './index'
import { SCHEMA } from './stories/fixtures'

describe('server rendering', () => {
  it('imports and renders in Node without a window', () => {
    expect(typeof window).toBe('undefined')
    const profile = normalizeProfile({
      userID: 'ada',
      nick: 'Ada Lovelace',
      avatar: 'https://example.com/a.png',
    })
    const html = renderToString(
      createElement(
        'div',
        null,
        createElement(Avatar, { profile }),
        createElement(ProfileCard, { profile, fields: ['location'] }),
        createElement(CustomFieldEditor, { definitions: SCHEMA.customFields!, value: { team: 'design' } }),
      ),
    )
    // Initials first: the image is only shown once the browser has loaded it.
    expect(html).toContain('data-shown="initials"')
    expect(html).toContain('Ada Lovelace')
    expect(html).toContain('data-state="ready"')
    expect(html).not.toContain('<img')
  })
})
