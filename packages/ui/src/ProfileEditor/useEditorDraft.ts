import { useCallback, useEffect, useState } from 'react'
import type { FieldValues, UseFormReturn } from 'react-hook-form'
import type { DraftStorage } from '../settings'
import { createDraftStore } from './createDraftStore'
import type { EditorBinding } from './editorBindings'

export interface EditorDraft {
  /** `true` once unsaved values from an earlier visit were put back into the form. */
  restored: boolean
  /** Forgets the draft (after a save or a reset). */
  clear(): void
}

/**
 * Persists the fields the user changed (zustand `persist`, under `storageName`), so an unsaved
 * edit survives a remount or a reload, and puts them back into the form once storage is read.
 * Only changed fields are stored: everything else keeps following the profile.
 */
export function useEditorDraft(
  form: UseFormReturn<FieldValues>,
  bindings: readonly EditorBinding[],
  storageName: string,
  storage: DraftStorage | undefined,
): EditorDraft {
  const [store] = useState(() => createDraftStore(storageName, storage))
  const [restored, setRestored] = useState(false)

  useEffect(() => {
    let hydrated = false
    const unsubscribe = form.subscribe({
      formState: { values: true, dirtyFields: true },
      callback: ({ values }) => {
        if (!hydrated) return // not before the stored draft was read: that would overwrite it
        const draft = Object.create(null) as Record<string, string>
        for (const binding of bindings) {
          const value = form.getFieldState(binding.formName).isDirty
            ? read(values, binding.formName)
            : undefined
          if (value !== undefined) draft[binding.field] = value
        }
        if (Object.keys(draft).length > 0) store.getState().save(draft)
        else if (Object.keys(store.getState().values).length > 0) forget(store)
      },
    })
    const restore = () => {
      hydrated = true
      const draft = store.getState().values
      for (const binding of bindings) {
        if (!Object.hasOwn(draft, binding.field)) continue
        form.setValue(binding.formName, draft[binding.field], { shouldDirty: true })
      }
      if (bindings.some((binding) => form.getFieldState(binding.formName).isDirty)) setRestored(true)
    }
    if (store.persist.hasHydrated()) {
      restore()
      return unsubscribe
    }
    const stopWaiting = store.persist.onFinishHydration(restore)
    return () => {
      stopWaiting()
      unsubscribe()
    }
  }, [form, bindings, store])

  const clear = useCallback(() => {
    forget(store)
    setRestored(false)
  }, [store])
  return { restored, clear }
}

function forget(store: ReturnType<typeof createDraftStore>): void {
  store.getState().clear()
  store.persist.clearStorage()
}

/** `values.customFields.2` or `values.nick`, as a string. */
function read(values: FieldValues, path: string): string | undefined {
  let current: unknown = values
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<string, unknown>)[part]
  }
  return typeof current === 'string' ? current : undefined
}
