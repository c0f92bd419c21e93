// A rehearsal of the quick exit: the same blanking and cover, without leaving the app.
import { shellNavigator } from '../navigation';
import { hideEverything, revealCover } from './quick-exit';

export function practiseExit(): void {
  hideEverything();
  // A moment of blank screen, as in the real exit, then the cover with a "practice" banner.
  setTimeout(() => {
    shellNavigator().reset({ name: 'cover', practice: true });
    setTimeout(revealCover, 50);
  }, 400);
}
