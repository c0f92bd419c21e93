interface Option<T extends string> {
  value: T;
  label: string;
}

/** A group of on/off buttons, large enough for a thumb, read out as pressed or not. */
export function ToggleChips<T extends string>({
  legend,
  options,
  selected,
  onChange,
}: {
  legend: string;
  options: Option<T>[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
}) {
  return (
    <fieldset class="chips">
      <legend>{legend}</legend>
      {options.map((o) => {
        const on = selected.includes(o.value);
        return (
          <button
            key={o.value}
            type="button"
            class="chip"
            aria-pressed={on}
            onClick={() => onChange(on ? selected.filter((s) => s !== o.value) : [...selected, o.value])}
          >
            <span aria-hidden="true">{on ? '✓ ' : ''}</span>
            {o.label}
          </button>
        );
      })}
    </fieldset>
  );
}
