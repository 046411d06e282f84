import { useRef, type KeyboardEvent } from 'react'
import { useDemoText } from '../i18n/useDemoText'
import { useDemoStore, type InspectorTab } from '../state/useDemoStore'
import { AdapterCallsPanel } from './AdapterCallsPanel'
import { MyProfilePanel } from './MyProfilePanel'

const TABS: readonly InspectorTab[] = ['profile', 'calls']

/**
 * The side panel: "My profile" and "Adapter calls" as tabs (arrow keys move between them, as the
 * ARIA tabs pattern says). Both stay mounted, so an unsaved edit or the log's scroll position
 * survives switching; the calls tab shows the running count even while closed.
 *
 * @example
 * ```tsx
 * <Inspector />
 * ```
 */
export function Inspector() {
  const t = useDemoText()
  const tab = useDemoStore((state) => state.inspectorTab)
  const showInspectorTab = useDemoStore((state) => state.showInspectorTab)
  const callCount = useDemoStore((state) => state.callCount)
  const buttons = useRef<Partial<Record<InspectorTab, HTMLButtonElement | null>>>({})

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    if (!step) return
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length] as InspectorTab
    showInspectorTab(next)
    buttons.current[next]?.focus()
  }

  return (
    <section className="inspector" aria-label={t('panel.label')}>
      <div className="tabs" role="tablist" aria-label={t('panel.label')} onKeyDown={onKeyDown}>
        {TABS.map((name) => (
          <button
            key={name}
            ref={(element) => {
              buttons.current[name] = element
            }}
            type="button"
            role="tab"
            id={`tab-${name}`}
            className="tabs__tab"
            aria-selected={tab === name}
            aria-controls={`panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => showInspectorTab(name)}
          >
            {t(name === 'profile' ? 'tabs.profile' : 'tabs.calls')}
            {name === 'calls' ? <span className="tabs__count">{callCount}</span> : null}
          </button>
        ))}
      </div>
      {TABS.map((name) => (
        <div
          key={name}
          className="inspector__panel"
          role="tabpanel"
          id={`panel-${name}`}
          aria-labelledby={`tab-${name}`}
          hidden={tab !== name}
        >
          {name === 'profile' ? <MyProfilePanel /> : <AdapterCallsPanel />}
        </div>
      ))}
    </section>
  )
}
