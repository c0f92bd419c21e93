import { useState } from 'preact/hooks';
import { setPref } from '../../shell/device/prefs-state';
import { IDENTITIES, activeIdentity, applyIdentity, type IdentityId } from '../../shell/identity/identities';
import { useT } from '../../lib/use-t';

export function DisguisePicker() {
  const t = useT(['settings']);
  const [chosen, setChosen] = useState<IdentityId>(activeIdentity());
  const choose = (id: IdentityId) => {
    applyIdentity(id);
    setChosen(id);
    void setPref('identity', id);
  };
  return (
    <fieldset class="identities">
      <legend>{t('disguise.title')}</legend>
      <p class="hint">{t('disguise.intro')}</p>
      {IDENTITIES.map((ident) => (
        <label key={ident.id} class="identity-choice">
          <input
            type="radio"
            name="identity"
            value={ident.id}
            checked={chosen === ident.id}
            onChange={() => choose(ident.id)}
          />
          <img src={ident.icon} alt="" width={40} height={40} />
          <span lang="ja">{ident.title}</span>
        </label>
      ))}
      <p class="hint">{t('disguise.limits')}</p>
    </fieldset>
  );
}
