import type { ReactNode } from 'react'

export interface FieldFrameProps {
  /** The control's id; the label points at it and hint/error ids derive from it. */
  id: string
  /** Written to `data-field`, e.g. `'nick'` or `'customFields.team'`. */
  name: string
  label: ReactNode
  hint?: ReactNode
  error?: string | undefined
  /** Characters (or bytes) used against the limit, shown as "12/20". */
  counter?: { used: number; limit: number } | undefined
  /** Span the whole row of the theme's grid. */
  wide?: boolean
  /** `'switch'`: the control comes before its label, on one line. */
  layout?: 'stacked' | 'switch'
  children: ReactNode
}

/** The ids a control must reference so its hint and error are read with it. */
export function fieldAria(id: string, hint: ReactNode, error: string | undefined) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return {
    'aria-invalid': error ? (true as const) : undefined,
    'aria-describedby': describedBy || undefined,
  }
}

/** Label, control, hint, counter and inline error of one form field: the markup every field shares. */
export function FieldFrame({
  id,
  name,
  label,
  hint,
  error,
  counter,
  wide,
  layout = 'stacked',
  children,
}: FieldFrameProps) {
  const labelElement = (
    <label className="pk-field__label" htmlFor={id}>
      {label}
    </label>
  )
  return (
    <div
      className="pk-field"
      data-field={name}
      data-invalid={error ? '' : undefined}
      data-wide={wide ? '' : undefined}
      data-layout={layout}
    >
      {layout === 'switch' ? (
        <div className="pk-field__row">
          {children}
          {labelElement}
        </div>
      ) : (
        <>
          <div className="pk-field__top">
            {labelElement}
            {counter ? <Counter {...counter} /> : null}
          </div>
          {children}
        </>
      )}
      {hint ? (
        <p className="pk-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="pk-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  )
}

/**
 * "12/20" beside the label. Hidden from screen readers (the limit is in the error message when it
 * matters); the theme shows it while the field has focus or once the value nears the limit.
 */
function Counter({ used, limit }: { used: number; limit: number }) {
  return (
    <span
      className="pk-field__counter"
      aria-hidden="true"
      data-near={used >= limit * 0.8 ? '' : undefined}
      data-over={used > limit ? '' : undefined}
    >
      {used}/{limit}
    </span>
  )
}
