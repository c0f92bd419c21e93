// "Is this violence?": a short, non-judgemental explainer with examples to tick. It never scores
// or diagnoses, and every step ends at windows. State in memory only (./store.ts).
import { useEffect, useRef } from 'preact/hooks';
import { SelfcheckList } from './check';
import { SelfcheckEnd } from './end';
import { SelfcheckExits } from './exits';
import { SelfcheckIntro } from './intro';
import { useCheckState } from './store';
import '../shared/cards.css';
import './selfcheck.css';

export function Selfcheck() {
  const [state, update] = useCheckState();
  const root = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  // A new step is a new page: start keyboard and screen-reader users at its heading.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const h1 = root.current?.querySelector<HTMLElement>('h1');
    if (h1) {
      h1.tabIndex = -1;
      h1.focus();
    }
    window.scrollTo(0, 0);
  }, [state.step]);
  return (
    <div class="selfcheck" ref={root}>
      {state.step === 'intro' || !state.variant ? (
        <SelfcheckIntro update={update} />
      ) : state.step === 'check' ? (
        <SelfcheckList state={state} variant={state.variant} update={update} />
      ) : (
        <SelfcheckEnd state={state} update={update} />
      )}
      <SelfcheckExits variant={state.variant} />
    </div>
  );
}
