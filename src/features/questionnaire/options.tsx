// Large radio or checkbox options (whole row is the target), always ending with "prefer not to say".
import type { ComponentChildren } from 'preact';

export interface Option {
  value: string;
  label: ComponentChildren;
}

interface Props {
  name: string;
  options: Option[];
  preferNot: string;
  /** One value, several (multi) or 'skip'. */
  selected: string | string[] | undefined;
  multi?: boolean;
  onChange: (next: string | string[]) => void;
}

function toggle(selected: Props['selected'], value: string): string | string[] {
  if (value === 'skip') return 'skip';
  const current = Array.isArray(selected) ? selected : [];
  return current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
}

export function OptionList({ name, options, preferNot, selected, multi = false, onChange }: Props) {
  const isOn = (value: string) => (Array.isArray(selected) ? selected.includes(value) : selected === value);
  const all = [...options, { value: 'skip', label: preferNot }];
  return (
    <div class="q-options">
      {all.map((o) => (
        <label key={o.value} class={`q-option${o.value === 'skip' ? ' q-option-skip' : ''}`}>
          <input
            type={multi ? 'checkbox' : 'radio'}
            name={name}
            value={o.value}
            checked={isOn(o.value)}
            onChange={() => onChange(multi ? toggle(selected, o.value) : o.value)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </div>
  );
}
