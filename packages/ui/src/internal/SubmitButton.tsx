import type { ReactNode } from 'react'

/**
 * A form's primary submit button: `aria-disabled` rather than `disabled` (it stays focusable and
 * announced), and busy, with its busy label, while the form saves.
 *
 * @internal Used by the editor's actions and the card's remark form.
 */
export function SubmitButton({
  busy,
  unavailable = busy,
  children,
}: {
  busy: boolean
  unavailable?: boolean
  /** The label: pass the "Saving…" text while busy. */
  children: ReactNode
}) {
  return (
    <button
      type="submit"
      className="pk-button"
      data-variant="primary"
      aria-disabled={unavailable || undefined}
      aria-busy={busy || undefined}
    >
      {children}
    </button>
  )
}
