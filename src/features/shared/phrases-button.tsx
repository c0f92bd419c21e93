// WARNING: part of the main bundle (the start screen's lines offer it).
import { useT } from '../../lib/use-t';
import { useNavigation } from '../../shell/navigation';

/** Opens the phrase card for a window: what to say, in Japanese, with a reading. */
export function PhrasesButton({ id }: { id: string }) {
  const t = useT();
  const nav = useNavigation();
  return (
    <button
      type="button"
      class="phrases-button"
      data-phrases={id}
      onClick={() => nav.go({ name: 'phrases', id })}
    >
      {t('home.phrases')}
    </button>
  );
}
