// The safety guide's order and shape. The words live in locales/<lng>/safety.json, one object per
// section id; each block names a key in it. Steps are phone-by-phone instructions, shown as a list.

export type Block = { p: string } | { steps: string[] };

export interface GuideSection {
  id: string;
  blocks: Block[];
}

export const GUIDE: readonly GuideSection[] = [
  {
    id: 'history',
    blocks: [
      { p: 'stays' },
      { p: 'single' },
      { steps: ['android', 'iphone'] },
      { p: 'suggest' },
      { p: 'menus' },
    ],
  },
  {
    id: 'private',
    blocks: [{ p: 'best' }, { steps: ['android', 'iphone'] }, { p: 'limits' }, { p: 'network' }],
  },
  { id: 'calls', blocks: [{ p: 'stays' }, { steps: ['android', 'iphone'] }, { p: 'bill' }] },
  {
    id: 'line',
    blocks: [
      { p: 'stays' },
      { steps: ['chats', 'friends', 'notifications'] },
      { p: 'devices' },
      { p: 'sns' },
    ],
  },
  { id: 'sync', blocks: [{ p: 'accounts' }, { p: 'search' }, { p: 'shared' }, { p: 'password' }] },
  {
    id: 'location',
    blocks: [{ p: 'app' }, { p: 'browser' }, { steps: ['android', 'iphone'] }, { p: 'sharing' }],
  },
  {
    id: 'stalkerware',
    blocks: [{ p: 'what' }, { p: 'signs' }, { p: 'device' }, { p: 'remove' }, { p: 'danger' }],
  },
  {
    id: 'uninstall',
    blocks: [{ steps: ['android', 'iphone'] }, { p: 'siteData' }, { p: 'erase' }, { p: 'history' }],
  },
  { id: 'app', blocks: [{ steps: ['noSend', 'noStore', 'noNotify', 'tiles'] }, { p: 'cannot' }] },
];

/** Every key the guide reads, as "section.key" (titles included). */
export function guideKeys(guide: readonly GuideSection[] = GUIDE): string[] {
  return guide.flatMap((s) => [
    `${s.id}.title`,
    ...s.blocks.flatMap((b) => ('p' in b ? [b.p] : b.steps)).map((k) => `${s.id}.${k}`),
  ]);
}
