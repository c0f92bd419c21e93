// WARNING: part of the main bundle.
import { useEffect, useState } from 'preact/hooks';
import i18next from 'i18next';

/** Re-renders on language change and when lazily loaded namespaces arrive. */
export function useT(namespaces: string[] = ['common']) {
  const [, setTick] = useState(0);
  const key = namespaces.join(',');
  useEffect(() => {
    const bump = () => setTick((n) => n + 1);
    i18next.on('languageChanged', bump);
    i18next.on('loaded', bump);
    const missing = namespaces.filter((ns) => !i18next.hasLoadedNamespace(ns));
    if (missing.length > 0) void i18next.loadNamespaces(missing).then(bump);
    return () => {
      i18next.off('languageChanged', bump);
      i18next.off('loaded', bump);
    };
  }, [key]);
  return i18next.getFixedT(null, namespaces[0] ?? 'common');
}
