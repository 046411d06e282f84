import { expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'

it('renders in jsdom', () => {
  render(<p>hello</p>)
  expect(screen.getByText('hello')).toBeInTheDocument()
})
