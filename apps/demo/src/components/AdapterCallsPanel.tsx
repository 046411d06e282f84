import type { AdapterCall } from '../backend/adapterCall'
import { useDemoText, type DemoText } from '../i18n/useDemoText'
import { useDemoStore } from '../state/useDemoStore'
import { BackendControls } from './BackendControls'

/**
 * "Adapter calls": how many calls the kit made, how many IDs it asked for, how many failed, and a
 * log of each call (method, IDs, time, result), newest first.
 *
 * @example
 * ```tsx
 * <AdapterCallsPanel />
 * ```
 */
export function AdapterCallsPanel() {
  const t = useDemoText()
  const callCount = useDemoStore((state) => state.callCount)
  const calls = useDemoStore((state) => state.calls)
  const clearCalls = useDemoStore((state) => state.clearCalls)
  const requested = useDemoStore((state) => state.idsRequested)
  const failed = useDemoStore((state) => state.failureCount)
  return (
    <section className="panel" aria-labelledby="calls-heading">
      <h2 className="panel__title" id="calls-heading">
        {t('calls.heading')}
      </h2>
      <dl className="stats">
        <div className="stats__item">
          <dt>{t('calls.count')}</dt>
          <dd>{callCount}</dd>
        </div>
        <div className="stats__item">
          <dt>{t('calls.requested')}</dt>
          <dd>{requested}</dd>
        </div>
        <div className="stats__item" data-bad={failed > 0 || undefined}>
          <dt>{t('calls.failed')}</dt>
          <dd>{failed}</dd>
        </div>
      </dl>
      <p className="panel__hint">{t('calls.hint')}</p>
      <BackendControls className="only-phone" idPrefix="panel" />
      <div className="calls__toolbar">
        <PersistToggle />
        <button type="button" className="text-button" onClick={clearCalls} disabled={calls.length === 0}>
          {t('calls.clear')}
        </button>
      </div>
      {calls.length === 0 ? (
        <p className="panel__hint">{t('calls.empty')}</p>
      ) : (
        <CallTable calls={calls} t={t} />
      )}
    </section>
  )
}

/** "Persist profiles": the kit's persisted cache (`PersistProfiles` in `App`); a reload then shows no call before the names. */
function PersistToggle() {
  const t = useDemoText()
  const persisted = useDemoStore((state) => state.persistProfiles)
  const setPersisted = useDemoStore((state) => state.setPersistProfiles)
  return (
    <label className="calls__persist" title={t('controls.persistHint')}>
      <input
        type="checkbox"
        checked={persisted}
        aria-describedby="calls-persist-hint"
        onChange={(event) => setPersisted(event.target.checked)}
      />
      {t('controls.persist')}
      <span id="calls-persist-hint" className="visually-hidden">
        {t('controls.persistHint')}
      </span>
    </label>
  )
}

function CallTable({ calls, t }: { calls: readonly AdapterCall[]; t: DemoText }) {
  return (
    <div className="calls__scroll">
      <table className="calls">
        <caption className="visually-hidden">{t('calls.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('calls.method')}</th>
            <th scope="col" className="calls__number">
              {t('calls.ids')}
            </th>
            <th scope="col" className="calls__number">
              {t('calls.duration')}
            </th>
            <th scope="col">{t('calls.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {[...calls].reverse().map((call) => (
            <tr key={call.id} data-outcome={call.outcome}>
              <td className="calls__id">{call.id}</td>
              <td>
                <code>{call.method}</code>
                {call.fields.length > 0 ? (
                  <span className="calls__fields">{call.fields.join(', ')}</span>
                ) : null}
              </td>
              <td className="calls__number">{call.ids ?? '—'}</td>
              <td className="calls__number">
                {call.durationMs === null ? '…' : t('calls.ms', { value: Math.round(call.durationMs) })}
              </td>
              <td>
                <span className="outcome" data-outcome={call.outcome}>
                  {call.outcome === 'ok'
                    ? t('calls.ok')
                    : call.outcome === 'pending'
                      ? t('calls.pending')
                      : call.outcome}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
