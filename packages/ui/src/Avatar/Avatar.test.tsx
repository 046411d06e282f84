import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef } from 'react'
import { normalizeProfile } from '@profile-kit/core/vanilla'
import { Avatar } from './Avatar'

describe('Avatar', () => {
  it('stands alone as an image named by the display name, showing initials', () => {
    render(<Avatar name="Ada Lovelace" />)
    const avatar = screen.getByRole('img', { name: 'Ada Lovelace' })
    expect(avatar).toHaveTextContent('AL')
    expect(avatar).toHaveClass('pk-avatar')
    expect(avatar).toHaveAttribute('data-shown', 'initials')
  })

  it('names itself after a profile through the display name: nick, else userID', () => {
    const { rerender } = render(<Avatar profile={normalizeProfile({ userID: 'u1', nick: 'Grace Hopper' })} />)
    expect(screen.getByRole('img', { name: 'Grace Hopper' })).toHaveTextContent('GH')
    rerender(<Avatar profile={normalizeProfile({ userID: 'u1', nick: '' })} />)
    expect(screen.getByRole('img', { name: 'u1' })).toHaveTextContent('U')
  })

  it('is hidden from assistive technology when decorative', () => {
    const { container } = render(<Avatar name="Ada Lovelace" decorative />)
    expect(screen.queryByRole('img')).toBeNull()
    expect(container.firstElementChild).toHaveAttribute('aria-hidden', 'true')
  })

  it('becomes a named button when it has a click handler', async () => {
    const onClick = vi.fn()
    render(<Avatar name="Ada Lovelace" onClick={onClick} />)
    const button = screen.getByRole('button', { name: 'View profile of Ada Lovelace' })
    await userEvent.click(button)
    button.focus()
    await userEvent.keyboard('{Enter}')
    expect(onClick).toHaveBeenCalledTimes(2)
  })

  it('falls back to an icon, still named, when the name has nothing to show', () => {
    const { container } = render(<Avatar name="" />)
    expect(screen.getByRole('img', { name: 'Unknown user' })).toHaveAttribute('data-shown', 'icon')
    expect(container.querySelector('svg.pk-avatar__icon')).not.toBeNull()
  })

  it('renders a hostile name as text', () => {
    const name = '<img src=x onerror=alert(1)>'
    const { container } = render(<Avatar name={name} />)
    expect(screen.getByRole('img', { name })).toBeInTheDocument()
    expect(container.querySelector('img')).toBeNull()
  })

  it('picks a stable colour per user and exposes size as data and CSS variables', () => {
    const { container, rerender } = render(<Avatar name="A" userID="user-7" size="lg" />)
    const avatar = container.firstElementChild as HTMLElement
    const colour = avatar.style.getPropertyValue('--pk-avatar-bg')
    expect(colour).toMatch(/^#[0-9A-F]{6}$/i)
    expect(avatar).toHaveAttribute('data-size', 'lg')
    rerender(<Avatar name="Someone else" userID="user-7" size={52} />)
    expect(avatar.style.getPropertyValue('--pk-avatar-bg')).toBe(colour)
    expect(avatar.style.getPropertyValue('--pk-avatar-size')).toBe('52px')
  })

  it('passes className, style, other attributes and the ref through', () => {
    const ref = createRef<HTMLElement>()
    render(<Avatar name="Ada" className="mine" style={{ margin: 3 }} title="Ada" ref={ref} />)
    const avatar = screen.getByRole('img', { name: 'Ada' })
    expect(ref.current).toBe(avatar)
    expect(avatar).toHaveClass('pk-avatar', 'mine')
    expect(avatar).toHaveStyle({ margin: '3px' })
    expect(avatar).toHaveAttribute('title', 'Ada')
  })
})
