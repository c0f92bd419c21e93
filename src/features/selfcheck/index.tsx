// "Is this violence?": a short, non-judgemental explainer with examples to tick. It never scores
// or diagnoses, and every step ends at windows. State in memory only (./store.ts).
import { useHeadingFocus } from '../../shell/use-heading-focus';
import { SelfcheckList } from './check';
import { SelfcheckEnd } from './end';
import { SelfcheckExits } from './exits';
import { SelfcheckIntro } from './intro';
import { useCheckState } from './store';
import '../shared/cards.css';
import './selfcheck.css';

export function Selfcheck() {
  const [state, update] = useCheckState();
  const root = useHeadingFocus<HTMLDivElement>(state.step, { scroll: true });
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
