import { useT } from '../../lib/use-t';
import { wardCodes, wardName, wardNameJa } from './wards';

interface Props {
  ward: string | null;
  onChange: (ward: string | null) => void;
}

/** The default way to narrow: the reader picks a ward; nothing about them is read. */
export function WardSelect({ ward, onChange }: Props) {
  const t = useT(['map']);
  return (
    <label class="field">
      <span>{t('wardLabel')}</span>
      <select
        value={ward ?? ''}
        onChange={(e) => {
          const v = (e.target as HTMLSelectElement).value;
          onChange(v || null);
        }}
      >
        <option value="">{t('allWards')}</option>
        {wardCodes.map((code) => (
          <option key={code} value={code}>
            {t('wardOption', { name: wardName(code), ja: wardNameJa(code) })}
          </option>
        ))}
      </select>
    </label>
  );
}
