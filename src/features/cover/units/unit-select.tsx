import i18next from 'i18next';
import { unitsOf, type Quantity } from './units';
import { unitLabel } from './unit-names';

interface Props {
  label: string;
  quantity: Quantity;
  value: string;
  onChange: (unit: string) => void;
}

export function UnitSelect({ label, quantity, value, onChange }: Props) {
  return (
    <label class="tool-field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        {unitsOf(quantity).map((u) => (
          <option key={u.id} value={u.id}>
            {unitLabel(i18next.language, u.id)}
          </option>
        ))}
      </select>
    </label>
  );
}
