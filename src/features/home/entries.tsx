// WARNING: part of the main bundle.
// Entry points to the other screens. Each appears only once its feature exists (no dead buttons).
import { useT } from '../../lib/use-t';
import { useNavigation, type Screen } from '../../shell/navigation';

interface Entry {
  screen: Screen;
  label: string;
}

export function HomeEntries() {
  const t = useT();
  const nav = useNavigation();
  const entries: Entry[] = [
    { screen: { name: 'questionnaire' }, label: t('home.toQuestionnaire') },
    { screen: { name: 'selfcheck' }, label: t('home.toSelfcheck') },
    { screen: { name: 'finder' }, label: t('home.toFinder') },
    { screen: { name: 'map' }, label: t('home.toMap') },
    { screen: { name: 'safety' }, label: t('home.toSafety') },
    { screen: { name: 'safety-plan' }, label: t('home.toSafetyPlan') },
    { screen: { name: 'pocket-card' }, label: t('home.toPocketCard') },
    { screen: { name: 'share-help' }, label: t('home.toShareHelp') },
    { screen: { name: 'settings' }, label: t('home.toSettings') },
    { screen: { name: 'plan' }, label: t('home.toPlan') },
  ];
  return (
    <nav aria-labelledby="more-title" class="entries">
      <h2 id="more-title">{t('home.moreTitle')}</h2>
      <ul>
        {entries.map((e) => (
          <li key={e.screen.name}>
            <button type="button" class="entry" data-screen={e.screen.name} onClick={() => nav.go(e.screen)}>
              {e.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
