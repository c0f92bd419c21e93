// "If this number does not connect": beside a #-number, the window's own sourced fallback when it has
// one (shown as its own channel), otherwise the nearest window's regular or 0120 number.
import { getWindow } from '../../data/catalogue';
import type { Channel } from '../../data/schema';
import { dialableFromAnyPhone } from '../../engines/any-phone';
import { useT } from '../../lib/use-t';
import { CallLink } from '../../shell/call-link';
import { useNavigation } from '../../shell/navigation';
import { windowText } from '../shared/window-text';

export function IfNoConnect({ channel }: { channel: Channel }) {
  const t = useT(['detail', 'windows']);
  const nav = useNavigation();
  if (channel.kind !== 'tel' || !channel.ifNoConnect) return null;
  const target = getWindow(channel.ifNoConnect);
  const tel = target?.channels.find((c) => c.confidence !== 'unknown' && dialableFromAnyPhone(c));
  if (!target || tel?.kind !== 'tel' || !tel.number) return null;
  return (
    <div class="if-no-connect" data-testid="if-no-connect">
      <p>{t('ifNoConnect')}</p>
      <button type="button" class="card-link" onClick={() => nav.go({ name: 'window', id: target.id })}>
        {windowText(target, 'name')}
      </button>
      <CallLink number={tel.number} label={t('call')} />
      {tel.confidence === 'medium' && <p class="confirm">{t('pleaseConfirm')}</p>}
    </div>
  );
}
