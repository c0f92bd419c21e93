declare module 'virtual:crisis-lines' {
  import type { CrisisLine } from '../data/crisis-lines';
  const lines: CrisisLine[];
  export default lines;
}
declare module 'virtual:listed-locales' {
  const listed: string[];
  export default listed;
}
