import { useT } from '../../../lib/use-t';

interface Props {
  minutes: string;
  seconds: string;
  onMinutes: (value: string) => void;
  onSeconds: (value: string) => void;
}

const read = (e: Event) => (e.target as HTMLInputElement).value;

/** Minutes and seconds, typed on the phone's number pad. Never remembered by the browser. */
export function DurationFields({ minutes, seconds, onMinutes, onSeconds }: Props) {
  const t = useT(['cover']);
  const field = (label: string, value: string, max: number, onChange: (v: string) => void) => (
    <label class="duration-field">
      <input
        type="text"
        inputMode="numeric"
        autocomplete="off"
        spellcheck={false}
        maxLength={max}
        placeholder="00"
        value={value}
        onInput={(e) => onChange(read(e))}
      />
      <span>{label}</span>
    </label>
  );
  return (
    <div class="duration">
      {field(t('cover.minutes'), minutes, 8, onMinutes)}
      <span class="duration-colon" aria-hidden="true">
        :
      </span>
      {field(t('cover.seconds'), seconds, 2, onSeconds)}
    </div>
  );
}
