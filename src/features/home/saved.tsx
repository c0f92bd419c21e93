// Loaded on idle after the first paint (./index.tsx). Renders nothing (and loads nothing more)
// unless the reader kept windows on this device.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { savedWindows, usePrefsChanges } from '../../shell/device/prefs-state';

type SavedListType = ComponentType<{ ids: readonly string[] }>;

export function SavedWindows() {
  usePrefsChanges();
  const ids = savedWindows();
  const [List, setList] = useState<SavedListType | null>(null);
  useEffect(() => {
    if (ids.length > 0 && !List) void import('../saved').then((m) => setList(() => m.SavedList));
  }, [ids.length > 0]);
  return ids.length > 0 && List ? <List ids={ids} /> : null;
}
