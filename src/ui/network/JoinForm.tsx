import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp, useT } from '../../state/context';
import { problemKey } from './problems';

/** Hub address (this origin by default), invite code, an optional device name, and Join. */
export function JoinForm() {
  const { network, device } = useApp();
  const t = useT();
  const offered = network.form.value;
  const [hub, setHub] = useState(offered?.hub ?? network.origin);
  const [code, setCode] = useState(offered?.code ?? '');
  const [name, setName] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!offered) return;
    setHub(offered.hub);
    setCode(offered.code);
    heading.current?.focus();
  }, [offered]);
  const failure = network.joinProblem.value;
  const joining = network.joining.value;
  const update = device.updateReady.value;
  return (
    <form
      class="join"
      aria-labelledby="join-title"
      onSubmit={(e) => {
        e.preventDefault();
        void network.join(hub, code, name);
      }}
    >
      <h2 id="join-title" tabIndex={-1} ref={heading}>
        {t('network.joinHeading')}
      </h2>
      <p class="muted">{t('network.joinHelp')}</p>
      {offered && (
        <p role="status" class="notice">
          {t('network.offered')}
        </p>
      )}
      <label class="field">
        <span>{t('network.hubAddress')}</span>
        <input
          type="url"
          value={hub}
          autoComplete="off"
          aria-describedby="hub-help"
          onInput={(e) => setHub((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <p id="hub-help" class="muted">
        {t('network.hubAddressHelp')}
      </p>
      <label class="field">
        <span>{t('network.inviteCode')}</span>
        <input
          type="text"
          class="code-input"
          value={code}
          autoComplete="off"
          autoCapitalize="characters"
          spellcheck={false}
          aria-describedby="code-help"
          onInput={(e) => setCode((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <p id="code-help" class="muted">
        {t('network.inviteCodeHelp')}
      </p>
      <label class="field">
        <span>{t('network.deviceName')}</span>
        <input
          type="text"
          value={name}
          maxLength={100}
          autoComplete="off"
          aria-describedby="name-help"
          onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <p id="name-help" class="muted">
        {t('network.deviceNameHelp')}
      </p>
      <p class="actions">
        <button type="submit" disabled={joining}>
          {t('network.join')}
        </button>
      </p>
      <p role="status" class="muted">
        {joining ? t('network.joining') : ''}
      </p>
      {failure && (
        <div role="alert" class="alert">
          <p>{t(problemKey(failure.problem), { origin: network.origin, hub: failure.hub ?? '' })}</p>
          {failure.link && failure.hub && (
            <p>
              <a href={failure.link} rel="noreferrer">
                {t('network.openHub', { hub: failure.hub })}
              </a>
            </p>
          )}
          {failure.problem === 'protocol_unsupported' && update && (
            <button type="button" onClick={() => update.apply()}>
              {t('update.apply')}
            </button>
          )}
        </div>
      )}
    </form>
  );
}
