import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import './globals.css'
// create-next-app's reset is unlayered (`* { padding: 0; margin: 0 }`): the ui README's table
// picks the unlayered theme for it, whose class selectors outrank the reset.
import '@profile-kit/ui/styles.unlayered.css'

export const metadata: Metadata = { title: 'Profile Kit scratch app' }

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
