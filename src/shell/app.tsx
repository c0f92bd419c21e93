// WARNING: part of the main bundle.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Header } from './header';
import { UpdatePrompt } from './update-prompt';
import { PracticeBanner } from './practice-banner';
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
} from './navigation';
import { onForget, setCoverHandler } from './quick-exit/quick-exit';

export function App({ start }: { start?: Screen }) {
  const [nav, setNav] = useState(() => (start ? reset(start) : initialNavigation()));
  const screen = current(nav);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    setCoverHandler(() => setNav(reset({ name: 'cover' })));
    return onForget(() => setNav(initialNavigation()));
  }, []);

  // Move focus to the new screen's heading so keyboard and screen-reader users start there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
    window.scrollTo(0, 0);
  }, [nav]);

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
