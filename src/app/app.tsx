// WARNING: part of the main bundle.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useHeadingFocus } from '../shell/use-heading-focus';
import { Header } from '../shell/header';
import { lazyPart } from '../shell/lazy-part';
import { whenIdle } from '../lib/idle';
import { screenComponent } from './screens';
import {
  NavigationContext,
  back,
  current,
  go,
  initialNavigation,
  reset,
  type Navigator,
  setShellNavigator,
  type Screen,
} from '../shell/navigation';
import { onForget, setCoverHandler } from '../shell/quick-exit/quick-exit';

// Off the first paint: an update notice comes later (the worker registers on idle too), the practice
// banner only on a practice run.
const UpdatePrompt = lazyPart(() =>
  whenIdle().then(() => import('../shell/update-prompt').then((m) => m.UpdatePrompt)),
);
const PracticeBanner = lazyPart(() => import('../shell/practice-banner').then((m) => m.PracticeBanner));

export function App({ start }: { start?: Screen }) {
  const [nav, setNav] = useState(() => (start ? reset(start) : initialNavigation()));
  const screen = current(nav);
  const mainRef = useHeadingFocus<HTMLElement>(nav, { scroll: true });

  useEffect(() => {
    setCoverHandler(() => setNav(reset({ name: 'cover' })));
    return onForget(() => setNav(initialNavigation()));
  }, []);

  const navigator = useMemo<Navigator>(
    () => ({
      screen,
      canGoBack: nav.stack.length > 1,
      go: (s) => setNav((n) => go(n, s)),
      back: () => setNav((n) => back(n)),
      home: () => setNav(initialNavigation()),
      reset: (s) => setNav(reset(s)),
    }),
    [nav, screen],
  );

  setShellNavigator(navigator);
  const Body = screenComponent(screen);
  return (
    <NavigationContext.Provider value={navigator}>
      {screen.name !== 'cover' && screen.name !== 'cover-settings' && <Header />}
      <main id="main" ref={mainRef} class={`screen screen-${screen.name}`}>
        {screen.name === 'cover' && screen.practice && <PracticeBanner />}
        <Body screen={screen} />
      </main>
      <UpdatePrompt />
    </NavigationContext.Provider>
  );
}
