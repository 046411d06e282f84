import {
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type FormEvent,
  type Ref,
} from 'react'
import { FormProvider, useForm, type FieldValues } from 'react-hook-form'
import {
  useProfileComponentSettings,
  useProfileKitConfig,
  useProfileSchema,
  useUpdateProfile,
  type CustomFieldDefinition,
  type Profile,
  type ProfileError,
  type ProfilePatch,
  type StandardField,
} from '@profile-kit/core'
import { diffPatch, isEmptyPatch, toProfileError, validatePatch } from '@profile-kit/core/vanilla'
import { AvatarPicker } from '../AvatarPicker/AvatarPicker'
import { CustomFieldEditor } from '../CustomFieldEditor/CustomFieldEditor'
import { cx } from '../internal/cx'
import { issueText } from '../internal/issueText'
import { useMessages } from '../messages/useMessages'
import { editorBindings, editorValues } from './editorBindings'
import { EditorActions } from './EditorActions'
import { StandardFieldControl } from './StandardFieldControl'
import { useEditorDraft } from './useEditorDraft'
import { useRemoteSync } from './useRemoteSync'

export interface EditorFormProps {
  profile: Profile
  fields: readonly StandardField[]
  definitions: readonly CustomFieldDefinition[]
  onSaved: ((profile: Profile) => void) | undefined
  className: string | undefined
  style: CSSProperties | undefined
  /** The app's ref on `ProfileEditor` (not `ref`: React 18 drops a `ref` prop). */
  formRef: Ref<HTMLElement> | undefined
}

type Outcome = { kind: 'saved' } | { kind: 'failed'; error: ProfileError } | null

/** The editor once my profile is loaded. The form itself never re-renders while the user types. */
export function EditorForm({
  profile,
  fields,
  definitions,
  onSaved,
  className,
  style,
  formRef,
}: EditorFormProps) {
  const t = useMessages()
  const { scope } = useProfileKitConfig()
  const { draftStorage } = useProfileComponentSettings()
  const schema = useProfileSchema()
  const update = useUpdateProfile()
  // The photo is not a form value: AvatarPicker applies it at once, outside Save and the draft.
  const formFields = useMemo(() => fields.filter((field) => field !== 'avatar'), [fields])
  const bindings = useMemo(() => editorBindings(formFields, definitions), [formFields, definitions])
  const [defaultValues] = useState(() => editorValues(bindings, profile))
  const form = useForm<FieldValues>({ defaultValues, mode: 'onTouched' })
  const formElement = useRef<HTMLFormElement>(null)
  // React hands the app's ref the form element, as it would an element ref, in 18 and 19 alike.
  useImperativeHandle(formRef, () => formElement.current!, [])
  const [outcome, setOutcome] = useState<Outcome>(null)

  const draftName = `profile-kit:draft:${scope}:${profile.userID}`
  const draft = useEditorDraft(form, bindings, draftName, draftStorage)
  useRemoteSync(form, bindings, profile, formElement)

  // One rule set for UI and core: a field is valid when validatePatch accepts it as a patch,
  // judged against the newest profile (an unchanged stored value never blocks a save).
  const validators = useMemo(() => {
    const firstIssue = (patch: ProfilePatch) => validatePatch(patch, schema, profile)[0]
    const standard = new Map(
      formFields.map((field) => [
        field,
        (value: string) => {
          const issue = firstIssue({ [field]: value })
          return issue ? issueText(issue, t) : true
        },
      ]),
    )
    const custom = (definition: CustomFieldDefinition, value: string) => {
      const issue = firstIssue({ customFields: { [definition.key]: value } })
      return issue ? { ...issue, message: issueText(issue, t) } : undefined
    }
    return { standard, custom }
  }, [schema, formFields, t, profile])

  const changedPatch = (values: FieldValues): ProfilePatch => {
    const patch: ProfilePatch = {}
    for (const binding of bindings) {
      if (form.getFieldState(binding.formName).isDirty)
        binding.write(patch, readPath(values, binding.formName))
    }
    return diffPatch(profile, patch)
  }

  const save = async (values: FieldValues) => {
    const patch = changedPatch(values)
    if (isEmptyPatch(patch)) return restart(profile)
    setOutcome(null)
    try {
      const saved = await update.mutateAsync(patch)
      restart(saved, values)
      setOutcome({ kind: 'saved' })
      onSaved?.(saved)
    } catch (cause) {
      const error = toProfileError(cause)
      // The backend named the field at fault (a rule it checks itself, moderation): show it there.
      const binding = bindings.find((b) => b.field === error.field)
      if (binding) form.setError(binding.formName, { message: error.message }, { shouldFocus: true })
      setOutcome({ kind: 'failed', error })
    }
  }

  /** A clean form on `next`, keeping what the user typed while a save was on its way. */
  const restart = (next: Profile, submitted?: FieldValues) => {
    const typed = form.getValues()
    form.reset(editorValues(bindings, next))
    draft.clear()
    if (!submitted) return
    for (const binding of bindings) {
      const now = readPath(typed, binding.formName)
      if (now !== readPath(submitted, binding.formName))
        form.setValue(binding.formName, now, { shouldDirty: true })
    }
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const changed = bindings.some((binding) => form.getFieldState(binding.formName).isDirty)
    if (!changed || form.formState.isSubmitting) {
      event.preventDefault()
      return
    }
    void form.handleSubmit(save)(event)
  }

  const onReset = () => {
    restart(profile)
    setOutcome(null)
  }

  return (
    <FormProvider {...form}>
      <form
        ref={formElement}
        className={cx('pk-editor', className)}
        style={style}
        data-state="ready"
        noValidate
        onSubmit={onSubmit}
      >
        <div className="pk-fields">
          {fields.map((field) =>
            field === 'avatar' ? (
              <AvatarPicker key={field} />
            ) : (
              <StandardFieldControl
                key={field}
                control={form.control}
                field={field}
                rule={schema.fields[field]}
                validate={validators.standard.get(field)!}
              />
            ),
          )}
        </div>
        {definitions.length > 0 ? (
          <CustomFieldEditor
            definitions={definitions}
            legend={t('editor.customFields')}
            validate={validators.custom}
          />
        ) : null}
        <div className="pk-editor__footer">
          <div className="pk-editor__feedback">
            <p className="pk-editor__status" role="status">
              {outcome?.kind === 'saved'
                ? t('editor.saved')
                : draft.restored
                  ? t('editor.draftRestored')
                  : null}
            </p>
            <div className="pk-editor__alert" role="alert">
              {outcome?.kind === 'failed'
                ? t('editor.saveFailed', { reason: t(`error.${outcome.error.code}`) })
                : null}
            </div>
          </div>
          <EditorActions control={form.control} onReset={onReset} />
        </div>
      </form>
    </FormProvider>
  )
}

/** `values.customFields.2` or `values.nick`, as the control's string. */
function readPath(values: FieldValues, path: string): string {
  let current: unknown = values
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null) return ''
    current = (current as Record<string, unknown>)[part]
  }
  return typeof current === 'string' ? current : ''
}
