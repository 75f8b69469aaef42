import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SiteWord } from '../../sims/SiteWord';

export interface FcLoginProps {
  providerName: string;
  /** Checks the pair; the parent decides what a mistake means. */
  onSubmit: (identifier: string, password: string) => void;
}

/** The identity provider's sign-in form (identifier and password of the fictitious account). */
export function FcLogin({ providerName, onSubmit }: FcLoginProps) {
  const { t } = useTranslation('sims');
  const id = useId();
  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');
  return (
    <form
      noValidate
      className="sim-fc__form"
      aria-label={t('fc.loginForm', { provider: providerName })}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(identifier, password);
      }}
    >
      <label htmlFor={`${id}-id`} className="sim-field__label">
        <SiteWord term="identifiant" label="fc.identifier" />
      </label>
      <input
        id={`${id}-id`}
        className="sim-field__input"
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={identifier}
        onChange={(e) => setIdentifier(e.target.value)}
      />
      <label htmlFor={`${id}-pw`} className="sim-field__label">
        <SiteWord term="mot-de-passe" label="fc.password" />
      </label>
      <input
        id={`${id}-pw`}
        className="sim-field__input"
        type="password"
        autoComplete="off"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <button type="submit" className="button button--primary">
        <SiteWord term="se-connecter" label="fc.signIn" />
      </button>
    </form>
  );
}
