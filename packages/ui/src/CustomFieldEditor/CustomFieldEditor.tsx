import { forwardRef, useState, type HTMLAttributes, type ReactNode, type Ref } from 'react'
import { useFormContext } from 'react-hook-form'
import {
  useProfileComponentSettings,
  type CustomFieldDefinition,
  type ValidationIssue,
} from '@profile-kit/core'
import { validateCustomValue } from '@profile-kit/core/vanilla'
import { cx } from '../internal/cx'
import { customFieldLabel } from '../internal/customFieldLabel'
import { issueText } from '../internal/issueText'
import { useMessages } from '../messages/useMessages'
import { FormCustomField } from './FormCustomField'
import { StandaloneCustomField } from './StandaloneCustomField'

/**
 * Checks one value; defaults to the core's `validateCustomValue`, the rule set `validatePatch` uses.
 *
 * @example
 * ```tsx
 * const noShouting: CustomFieldValidator = (definition, value) =>
 *   value === value.toUpperCase() && value !== ''
 *     ? { field: `customFields.${definition.key}`, rule: 'pattern', message: 'Please do not shout.' }
 *     : validateCustomValue(definition, value)
 * <CustomFieldEditor definitions={defs} value={value} onChange={setValue} validate={noShouting} />
 * ```
 */
export type CustomFieldValidator = (
  definition: CustomFieldDefinition,
  value: string,
) => ValidationIssue | undefined

/**
 * Props of {@link CustomFieldEditor}. Other attributes, and a `ref`, go to the wrapping element.
 *
 * @example
 * ```tsx
 * const props: CustomFieldEditorProps = { definitions, value, onChange: setValue, legend: 'About you' }
 * ```
 */
export interface CustomFieldEditorProps extends Omit<
  HTMLAttributes<HTMLElement>,
  'onChange' | 'children' | 'defaultValue'
> {
  /** The fields to edit, in order: usually `useProfileSchema().customFields`. */
  definitions: readonly CustomFieldDefinition[]
  /**
   * Standalone mode: the values by key (`''` or absent = no value). Without it, inside a
   * react-hook-form `FormProvider`, the fields bind to the form instead.
   */
  value?: Readonly<Record<string, string>>
  /** Standalone mode: the new values, with every problem they have (shown once a field was left). */
  onChange?: (value: Record<string, string>, issues: ValidationIssue[]) => void
  /**
   * Form mode: where the values live in the form. Each value is at `<name>.<index>`, aligned with
   * `definitions` (an index, so any key works, even `__proto__` or one with dots). Defaults to `'customFields'`.
   */
  name?: string
  /** Replaces the per-field check. */
  validate?: CustomFieldValidator
  /** A caption for the group; with it the fields sit in a `<fieldset>`. */
  legend?: ReactNode
}

const EMPTY: Readonly<Record<string, string>> = Object.freeze(Object.create(null) as Record<string, string>)

/**
 * Controls for custom profile fields (`text`, `textarea`, `number`, `select`, `date`, `url`,
 * `email`, `boolean`), each validated by its definition. Works inside `ProfileEditor`'s form (or
 * any react-hook-form `FormProvider`) and standalone with `value`/`onChange`.
 *
 * @example
 * ```tsx
 * const [value, setValue] = useState<Record<string, string>>({})
 * <CustomFieldEditor definitions={schema.customFields ?? []} value={value} onChange={setValue} />
 * ```
 */
export const CustomFieldEditor = /* @__PURE__ */ forwardRef<HTMLElement, CustomFieldEditorProps>(
  function CustomFieldEditor(
    { definitions, value, onChange, name, validate, legend, className, ...rest },
    ref,
  ) {
    const form = useFormContext()
    const fields =
      form && value === undefined ? (
        <FormCustomFields definitions={definitions} name={name} validate={validate} />
      ) : (
        <StandaloneCustomFields
          definitions={definitions}
          value={value}
          onChange={onChange}
          validate={validate}
        />
      )
    const classes = cx('pk-custom-fields', className)
    if (legend) {
      return (
        <fieldset {...rest} ref={ref as Ref<HTMLFieldSetElement>} className={classes}>
          <legend className="pk-custom-fields__legend">{legend}</legend>
          <div className="pk-fields">{fields}</div>
        </fieldset>
      )
    }
    return (
      <div {...rest} ref={ref as Ref<HTMLDivElement>} className={cx(classes, 'pk-fields')}>
        {fields}
      </div>
    )
  },
)

function FormCustomFields({
  definitions,
  name = 'customFields',
  validate = validateCustomValue,
}: Pick<CustomFieldEditorProps, 'definitions' | 'name' | 'validate'>) {
  const { control } = useFormContext()
  const { messages } = useProfileComponentSettings()
  return (
    <>
      {definitions.map((definition, index) => (
        <FormCustomField
          key={definition.key}
          control={control}
          name={`${name}.${index}`}
          definition={definition}
          label={customFieldLabel(definition.key, definition, messages)}
          validate={validate}
        />
      ))}
    </>
  )
}

function StandaloneCustomFields({
  definitions,
  value = EMPTY,
  onChange,
  validate = validateCustomValue,
}: Pick<CustomFieldEditorProps, 'definitions' | 'value' | 'onChange' | 'validate'>) {
  const { messages } = useProfileComponentSettings()
  const t = useMessages()
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set())
  const read = (values: Readonly<Record<string, string>>, key: string) =>
    Object.hasOwn(values, key) ? (values[key] ?? '') : ''
  const issuesOf = (values: Readonly<Record<string, string>>) =>
    definitions.flatMap((definition) => validate(definition, read(values, definition.key)) ?? [])

  const change = (key: string, next: string) => {
    const values = Object.assign(Object.create(null) as Record<string, string>, value)
    values[key] = next
    onChange?.(values, issuesOf(values))
  }
  const leave = (key: string) => setVisited((keys) => (keys.has(key) ? keys : new Set(keys).add(key)))

  return (
    <>
      {definitions.map((definition) => {
        const current = read(value, definition.key)
        const issue = visited.has(definition.key) ? validate(definition, current) : undefined
        return (
          <StandaloneCustomField
            key={definition.key}
            definition={definition}
            label={customFieldLabel(definition.key, definition, messages)}
            value={current}
            error={issue ? issueText(issue, t) : undefined}
            onChange={change}
            onBlur={leave}
          />
        )
      })}
    </>
  )
}
