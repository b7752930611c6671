/**
 * Connecting Otvori to the portal (issue 7 §1, §6): the clerk pastes the API key once; the
 * backend verifies it, detects the portal's version, keeps the key encrypted and shows the
 * account and its organizations. Vežbaonica (the training portal) is one switch away, and the
 * proxy for the city network sits below. The key never comes back from the backend.
 */
import { useId, useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/contract';
import type { PortalStatus, ProxySetting } from '../../../../shared/contract/channels/portal';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { useFocusOnMount } from '../use-focus-on-mount';
import '../../styles/publish.css';

export function PortalScreen({
  status,
  onStatus,
  moveFocus,
  onBack,
  onError,
}: {
  readonly status: PortalStatus;
  readonly onStatus: (status: PortalStatus) => void;
  readonly moveFocus: boolean;
  readonly onBack: () => void;
  readonly onError: (error: AppError) => void;
}) {
  const { t, tp, format } = useI18n();
  const headingRef = useFocusOnMount<HTMLHeadingElement>(moveFocus);
  const titleId = useId();
  const [portalUrl, setPortalUrl] = useState(
    status.realPortalUrl ?? status.allowedPortals[0] ?? status.defaultPortalUrl,
  );
  const [apiKey, setApiKey] = useState('');
  const [busy, setBusy] = useState<'connect' | 'training' | null>(null);

  async function connect(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (apiKey.trim() === '') return;
    setBusy('connect');
    const result = await api.invoke('app:portal:connect', { portalUrl, apiKey: apiKey.trim() });
    setBusy(null);
    if (!result.ok) {
      onError(result.error);
      return;
    }
    // The key is with the backend now: nothing of it stays in the page.
    setApiKey('');
    onStatus(result.value);
  }

  async function disconnect(): Promise<void> {
    const result = await api.invoke('app:portal:disconnect', {});
    if (result.ok) onStatus(result.value);
    else onError(result.error);
  }

  async function toggleTraining(enabled: boolean): Promise<void> {
    setBusy('training');
    const result = await api.invoke('app:portal:training', { enabled });
    setBusy(null);
    if (result.ok) onStatus(result.value);
    else onError(result.error);
  }

  const date = (iso: string | null) =>
    iso === null ? '' : `${format.cellDate(iso.slice(0, 10)) ?? ''} ${iso.slice(11, 16)}`;

  return (
    <section className="screen portal-screen" data-testid="portal-screen" aria-labelledby={titleId}>
      <div className="publish-top">
        <div>
          <h1 id={titleId} ref={headingRef} tabIndex={-1} className="screen-title">
            {t('portal.title')}
          </h1>
          <p className="screen-intro">{t('portal.intro')}</p>
        </div>
        <button
          type="button"
          className="button button--secondary"
          data-testid="portal-back"
          onClick={onBack}
        >
          {t('portal.back')}
        </button>
      </div>

      <div className="card publish-card" data-testid="portal-current">
        {status.connected ? (
          <>
            {status.training && <span className="training-badge">{t('portal.trainingBadge')}</span>}
            <p className="publish-strong" data-testid="portal-account">
              {t('portal.connectedAs', { name: status.account?.name ?? '' })}
            </p>
            <p>{t('portal.connectedTo', { url: status.portalUrl ?? '' })}</p>
            {status.profile !== null && (
              <p className="hint">
                {t('portal.profile', { profile: t(`portal.profile.${status.profile}`) })}
                {' · '}
                {t('portal.verifiedAt', { date: date(status.verifiedAt) })}
              </p>
            )}
            <h2 className="small-title">{t('portal.orgsTitle')}</h2>
            {status.organizations.length === 0 ? (
              <p>{t('portal.orgsNone')}</p>
            ) : (
              <ul className="publish-list" data-testid="portal-orgs">
                {status.organizations.map((org) => (
                  <li key={org.id}>
                    <strong>{org.name}</strong> —{' '}
                    {t(org.role === null ? 'portal.role.none' : `portal.role.${org.role}`)}
                    {org.role !== null && !org.allowed && (
                      <span className="hint"> ({t('portal.orgNotAllowed')})</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {status.lists.refreshed.length > 0 && (
              <p className="hint">{tp('portal.lists', status.lists.refreshed.length)}</p>
            )}
          </>
        ) : (
          <p data-testid="portal-not-connected">{t('portal.notConnected')}</p>
        )}
      </div>

      <div className="card publish-card">
        <h2 className="small-title">{t('portal.trainingTitle')}</h2>
        <p>{t('portal.trainingIntro')}</p>
        {status.trainingAvailable ? (
          <label className="checkbox">
            <input
              type="checkbox"
              data-testid="training-toggle"
              checked={status.training}
              disabled={busy !== null}
              onChange={(e) => void toggleTraining(e.currentTarget.checked)}
            />
            {t('portal.trainingOn')}
          </label>
        ) : (
          <p className="hint">{t('portal.trainingOff')}</p>
        )}
        {busy === 'training' && <p role="status">{t('portal.trainingStarting')}</p>}
      </div>

      <form className="card publish-card" onSubmit={(e) => void connect(e)}>
        <h2 className="small-title">{t('portal.key')}</h2>
        {status.realPortalUrl !== null && <p className="hint">{t('portal.replaceKey')}</p>}
        <div className="publish-fields">
          <label className="publish-field">
            <span>{t('portal.url')}</span>
            <select
              className="md-input"
              data-testid="portal-url"
              value={portalUrl}
              onChange={(e) => setPortalUrl(e.currentTarget.value)}
            >
              {status.allowedPortals.map((url) => (
                <option key={url} value={url}>
                  {url}
                </option>
              ))}
            </select>
          </label>
          <label className="publish-field">
            <span>{t('portal.key')}</span>
            <input
              className="md-input"
              type="password"
              autoComplete="off"
              spellCheck={false}
              data-testid="portal-key"
              value={apiKey}
              onChange={(e) => setApiKey(e.currentTarget.value)}
            />
          </label>
        </div>
        <p className="hint">{t('portal.keyHint')}</p>
        <p className="hint" data-testid="key-protection">
          {t(`portal.keyProtection.${status.keyProtection}`)}
        </p>
        <div className="publish-actions">
          <button
            type="submit"
            className="button button--primary"
            data-testid="portal-connect"
            disabled={
              busy !== null || apiKey.trim() === '' || status.keyProtection === 'unavailable'
            }
          >
            {t('portal.connect')}
          </button>
          {status.realPortalUrl !== null && (
            <button
              type="button"
              className="button button--secondary"
              data-testid="portal-disconnect"
              onClick={() => void disconnect()}
            >
              {t('portal.disconnect')}
            </button>
          )}
        </div>
        {busy === 'connect' && <p role="status">{t('portal.connecting')}</p>}
      </form>

      <ProxySettings status={status} onStatus={onStatus} onError={onError} />
    </section>
  );
}

function ProxySettings({
  status,
  onStatus,
  onError,
}: {
  readonly status: PortalStatus;
  readonly onStatus: (status: PortalStatus) => void;
  readonly onError: (error: AppError) => void;
}) {
  const { t } = useI18n();
  const current = status.proxy;
  const [mode, setMode] = useState<'system' | 'direct' | 'server'>(
    typeof current === 'string' ? current : 'server',
  );
  const [server, setServer] = useState(typeof current === 'string' ? '' : current.server);
  const [bypass, setBypass] = useState(
    typeof current === 'string' ? '' : current.bypass.join(', '),
  );
  const [saved, setSaved] = useState(false);

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    const proxy: ProxySetting =
      mode === 'server'
        ? {
            server: server.trim(),
            bypass: bypass
              .split(',')
              .map((entry) => entry.trim())
              .filter((entry) => entry !== ''),
          }
        : mode;
    const result = await api.invoke('app:portal:proxy', { proxy });
    if (!result.ok) {
      onError(result.error);
      return;
    }
    setSaved(true);
    onStatus(result.value);
  }

  const disabled = status.proxyFixed;
  return (
    <form className="card publish-card" onSubmit={(e) => void save(e)}>
      <h2 className="small-title">{t('portal.proxyTitle')}</h2>
      <p className="hint">{disabled ? t('portal.proxyFixed') : t('portal.proxyIntro')}</p>
      <fieldset className="publish-radios" disabled={disabled}>
        <legend className="visually-hidden">{t('portal.proxyTitle')}</legend>
        {(['system', 'direct', 'server'] as const).map((value) => (
          <label key={value} className="checkbox">
            <input
              type="radio"
              name="proxy-mode"
              value={value}
              checked={mode === value}
              onChange={() => {
                setMode(value);
                setSaved(false);
              }}
            />
            {t(`portal.proxy.${value}`)}
          </label>
        ))}
        {mode === 'server' && (
          <div className="publish-fields">
            <label className="publish-field">
              <span>{t('portal.proxyServer')}</span>
              <input
                className="md-input"
                type="url"
                placeholder="http://proxy.pancevo.local:8080"
                value={server}
                onChange={(e) => setServer(e.currentTarget.value)}
              />
            </label>
            <label className="publish-field">
              <span>{t('portal.proxyBypass')}</span>
              <input
                className="md-input"
                type="text"
                value={bypass}
                onChange={(e) => setBypass(e.currentTarget.value)}
              />
            </label>
          </div>
        )}
        <div className="publish-actions">
          <button type="submit" className="button button--secondary">
            {t('portal.proxySave')}
          </button>
          {saved && <p role="status">{t('portal.proxySaved')}</p>}
        </div>
      </fieldset>
    </form>
  );
}
