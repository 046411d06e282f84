import { useSimulateRemoteChange } from '../backend/useSimulateRemoteChange'
import { useDemoText } from '../i18n/useDemoText'
import { useDemoStore } from '../state/useDemoStore'
import { Icon } from './Icon'

interface BackendControlsProps {
  className?: string
  /** Keeps ids unique where the controls appear twice (toolbar on wide screens, panel on phones). */
  idPrefix: string
}

/**
 * The memory adapter's knobs: latency, failure rate, and a change made on another device.
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
  const latencyText = t('calls.ms', { value: latencyMs })
  return (
    <div className={`controls ${className ?? ''}`} role="group" aria-label={t('controls.heading')}>
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
    </div>
  )
}
