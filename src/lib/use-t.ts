// WARNING: part of the main bundle.
import { useEffect, useState } from 'preact/hooks';
import i18next from 'i18next';

/** Re-renders on language change and when lazily loaded namespaces arrive. */
export function useT(namespaces: string[] = ['common']) {
  const [, setTick] = useState(0);
  const key = namespaces.join(',');
  useEffect(() => {
    const bump = () => setTick((n) => n + 1);
    // Only when words this component shows arrived: every screen file that loads (the likely
    // screens are fetched right after the first paint) would otherwise redraw the whole page.
    const onLoaded = (loaded: Record<string, Record<string, boolean>>) => {
      if (Object.values(loaded).some((byNs) => namespaces.some((ns) => byNs[ns]))) bump();
    };
    i18next.on('languageChanged', bump);
    i18next.on('loaded', onLoaded);
    const missing = namespaces.filter((ns) => !i18next.hasLoadedNamespace(ns));
    if (missing.length > 0) void i18next.loadNamespaces(missing).then(bump);
    return () => {
      i18next.off('languageChanged', bump);
      i18next.off('loaded', onLoaded);
    };
  }, [key]);
  return i18next.getFixedT(null, namespaces[0] ?? 'common');
}
