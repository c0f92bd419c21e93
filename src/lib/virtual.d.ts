// Build-time modules served by the catalogue plugin in vite.config.ts.
declare module 'virtual:crisis-lines' {
  const lines: import('../engines/language-lines').StartCrisisLine[];
  export default lines;
}
declare module 'virtual:language-lines' {
  const lines: import('../engines/language-lines').LanguageLine[];
  export default lines;
}
declare module 'virtual:listed-locales' {
  const listed: string[];
  export default listed;
}
