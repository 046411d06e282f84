import { normalizeProfile } from '@profile-kit/core/vanilla'
import { render } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { Avatar } from '../Avatar/Avatar'
import { getInitials, INITIAL_SEARCH_LENGTH } from '../Avatar/getInitials'
import { ProfileCard } from '../ProfileCard/ProfileCard'

// Segmenting text is not linear: a long word with nothing to show (punctuation, symbols), from a
// compromised backend, used to be segmented to its end and froze the page for seconds (40,000
// characters: 1.2 s; 1 MB: minutes). getInitials now segments only a bounded head of each word.
describe('a very long nickname without letters does not freeze the page', () => {
  it('segments no more than the head of each word, however long the name', () => {
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment')
    expect(getInitials('-'.repeat(1_000_000))).toBe('')
    expect(getInitials(`${'.'.repeat(500_000)} ada ${'-'.repeat(500_000)} lovelace`)).toBe('AL')
    const longest = Math.max(...segment.mock.calls.map(([text]) => text.length))
    expect(longest).toBeLessThanOrEqual(INITIAL_SEARCH_LENGTH)
  })

  it('still finds an initial after a run of punctuation inside the searched head', () => {
    expect(getInitials(`${'·'.repeat(20)}Ada`)).toBe('A')
    expect(getInitials(`${'·'.repeat(INITIAL_SEARCH_LENGTH)}Ada`)).toBe('')
  })

  it('renders a ProfileCard and an Avatar whose name is a megabyte of dots, with the icon', () => {
    const profile = normalizeProfile({ userID: 'eve', nick: '.'.repeat(1_000_000) })
    const { container } = render(
      <>
        <ProfileCard profile={profile} />
        <Avatar profile={profile} />
      </>,
    )
    expect(container.querySelectorAll('[data-shown="icon"]')).toHaveLength(2)
  })
})
