// WARNING: part of the main bundle.
// Entry points to the other screens. Each appears only once its feature exists (no dead buttons).
import { useT } from '../../lib/use-t';
import { useNavigation, type Screen } from '../../shell/navigation';

// Screen, and the key of its label under home.
const ENTRIES: [Screen['name'], string][] = [
  ['questionnaire', 'toQuestionnaire'],
  ['selfcheck', 'toSelfcheck'],
  ['finder', 'toFinder'],
  ['map', 'toMap'],
  ['safety', 'toSafety'],
  ['safety-plan', 'toSafetyPlan'],
  ['pocket-card', 'toPocketCard'],
  ['share-help', 'toShareHelp'],
  ['settings', 'toSettings'],
  ['plan', 'toPlan'],
];

export function HomeEntries() {
  const t = useT();
  const nav = useNavigation();
  return (
    <nav aria-labelledby="more-title" class="entries">
      <h2 id="more-title">{t('home.moreTitle')}</h2>
      <ul>
        {ENTRIES.map(([name, label]) => (
          <li key={name}>
            <button type="button" class="entry" data-screen={name} onClick={() => nav.go({ name } as Screen)}>
              {t('home.' + label)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
