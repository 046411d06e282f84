import { normalizeProfile } from '@profile-kit/core/vanilla'
import { act, render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Avatar } from '../Avatar/Avatar'
import { ProfileCard } from '../ProfileCard/ProfileCard'
import { recordImageRequests } from './recordImageRequests'

/** URLs that must never be requested or reach `<img src>`: script, HTML and relative targets. */
const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'javascript:alert(1)//https://cdn.example.com/a.png',
  '  javascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001\u001fjavascript:alert(1)',
  '\u00a0javascript:alert(1)',
  '\u202ejavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'javascript&colon;alert(1)',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:TEXT/HTML,<script>alert(1)</script>',
  ' data:text/html,<script>alert(1)</script>',
  'data:application/javascript,alert(1)',
  '//evil.example/a.png',
  '\\\\evil.example\\a.png',
  '/\\evil.example/a.png',
  '/avatars/a.png',
  'a.png',
  'file:///etc/passwd',
  'ftp://cdn.example.com/a.png',
  'about:blank',
  'https://',
  '',
]

/** Image URLs that may load, and the `src` each becomes. */
const SAFE_URLS: Array<[string, string]> = [
  ['https://cdn.example.com/eve.png', 'https://cdn.example.com/eve.png'],
  ['HTTP://CDN.EXAMPLE.COM/EVE.PNG', 'http://cdn.example.com/EVE.PNG'],
  [' https://cdn.example.com/padded.png\n', 'https://cdn.example.com/padded.png'],
  ['data:image/png;base64,iVBORw0KGgo=', 'data:image/png;base64,iVBORw0KGgo='],
  ['blob:https://app.example/3f1c', 'blob:https://app.example/3f1c'],
]

/** Every URL the page asked the browser to load, through `new Image()`. */
const requested = recordImageRequests()

/** Lets image loads that started during render report back. */
async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0))
  })
}

describe('Avatar never loads a hostile URL', () => {
  it.each(HOSTILE_URLS)(
    '%j: no request, no <img>, initials instead (src prop and profile.avatar)',
    async (url) => {
      const { container } = render(
        <>
          <Avatar name="Eve Evil" src={url} />
          <Avatar profile={normalizeProfile({ userID: 'eve', nick: 'Eve Evil', avatar: url })} />
          <ProfileCard profile={normalizeProfile({ userID: 'eve', nick: 'Eve Evil', avatar: url })} />
        </>,
      )
      await settle()
      expect(requested).toEqual([])
      expect(container.querySelector('img')).toBeNull()
      expect(container.querySelectorAll('[data-shown="initials"]')).toHaveLength(3)
      expect(container.innerHTML).not.toMatch(/javascript|vbscript|text\/html|evil\.example/i)
    },
  )

  it.each(SAFE_URLS)('loads %j as <img src=%j> (the control case)', async (url, src) => {
    const { container } = render(<Avatar name="Ada" src={url} />)
    await settle()
    expect(requested).toEqual([src])
    expect(container.querySelector('img')).toHaveAttribute('src', src)
  })
})
