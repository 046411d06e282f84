import { BACKEND_KINDS, type BackendKind } from '../backend/backendKind'
import { useBackend } from '../backend/useBackend'
import { useSimulateRemoteChange } from '../backend/useSimulateRemoteChange'
import { useSimulateRemoteRemark } from '../backend/useSimulateRemoteRemark'
import { useDemoText } from '../i18n/useDemoText'
import { useDemoStore } from '../state/useDemoStore'
import { Icon } from './Icon'

interface BackendControlsProps {
  className?: string
  /** Keeps ids unique where the controls appear twice (toolbar on wide screens, panel on phones). */
  idPrefix: string
}

/**
 * The backend's knobs: which adapter the demo runs on (the page reloads on it: a new SDK instance
 * is a new session), latency, failure rate, and a change made on another device.
 *
 * @example
 * ```tsx
 * <BackendControls idPrefix="toolbar" />
 * ```
 */
export function BackendControls({ className, idPrefix }: BackendControlsProps) {
  const t = useDemoText()
  const latencyMs = useDemoStore((state) => state.latencyMs)
  const failurePercent = useDemoStore((state) => state.failurePercent)
  const setLatency = useDemoStore((state) => state.setLatency)
  const setFailurePercent = useDemoStore((state) => state.setFailurePercent)
  const simulate = useSimulateRemoteChange()
  const rename = useSimulateRemoteRemark()
  const { kind } = useBackend()
  const latencyText = t('calls.ms', { value: latencyMs })
  return (
    <div className={`controls ${className ?? ''}`} role="group" aria-label={t('controls.heading')}>
      <div className="control">
        <label htmlFor={`${idPrefix}-adapter`}>{t('controls.adapter')}</label>
        <select
          id={`${idPrefix}-adapter`}
          value={kind}
          onChange={(event) => switchBackend(event.target.value as BackendKind)}
        >
          {BACKEND_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`controls.adapter.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="control">
        <label htmlFor={`${idPrefix}-latency`}>{t('controls.latency')}</label>
        <input
          id={`${idPrefix}-latency`}
          type="range"
          min={0}
          max={3000}
          step={50}
          value={latencyMs}
          aria-valuetext={latencyText}
          onChange={(event) => setLatency(Number(event.target.value))}
        />
        <output htmlFor={`${idPrefix}-latency`}>{latencyText}</output>
      </div>
      <div className="control" data-bad={failurePercent > 0 || undefined}>
        <label htmlFor={`${idPrefix}-failure`}>{t('controls.failureRate')}</label>
        <input
          id={`${idPrefix}-failure`}
          type="range"
          min={0}
          max={100}
          step={5}
          value={failurePercent}
          aria-valuetext={`${failurePercent} %`}
          onChange={(event) => setFailurePercent(Number(event.target.value))}
        />
        <output htmlFor={`${idPrefix}-failure`}>{failurePercent} %</output>
      </div>
      <button type="button" className="button button--accent" onClick={simulate}>
        <Icon name="bolt" />
        {t('controls.simulate')}
      </button>
      {rename ? (
        <button type="button" className="button" onClick={rename}>
          {t('controls.simulateRemark')}
        </button>
      ) : null}
    </div>
  )
}

/** Reloads the page on another backend, keeping the rest of the address. */
function switchBackend(kind: BackendKind): void {
  const url = new URL(window.location.href)
  if (kind === 'memory') url.searchParams.delete('backend')
  else url.searchParams.set('backend', kind)
  window.location.assign(url)
}
