// Build-time modules served by the catalogue plugin in vite.config.ts.
declare module 'virtual:crisis-lines' {
  /** Same shape as CrisisLine in src/data/crisis-lines.ts (ambient modules cannot import it). */
  const lines: { id: string; name: string; number: string; always: boolean; freeCall: boolean }[];
  export default lines;
}
declare module 'virtual:listed-locales' {
  const listed: string[];
  export default listed;
}
