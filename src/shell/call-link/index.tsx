// WARNING: part of the main bundle.
import { telHref } from '../../lib/tel';
import { useT } from '../../lib/use-t';

interface Props {
  number: string;
  label: string;
  variant?: 'danger' | 'normal';
  /** Show the note on call traces before the first call of a visit (never for 110). */
  warn?: boolean;
}

/**
 * One-tap call plus the digits in large type: some phones refuse '#' in links, and a reader may
 * need to dial by hand on another phone.
 */
export function CallLink({ number, label, variant = 'normal' }: Props) {
  const t = useT();
  return (
    <div class={`call call-${variant}`}>
      <a class="call-button" href={telHref(number)}>
        <span aria-hidden="true">📞 </span>
        {label}
      </a>
      <span class="call-digits" aria-label={`${t('home.dialByHand')}: ${number.split('').join(' ')}`}>
        {number}
      </span>
    </div>
  );
}
