// "Which window fits me?": one question per screen, then the windows that fit with the reasons.
// The step lives in module state (./store.ts), never in browser history.
import { QuestionStep } from './question-step';
import { LazyResults } from './parts';
import { useFlowState } from './store';
import '../shared/cards.css';
import './questionnaire.css';

export function Questionnaire() {
  const [state, update] = useFlowState();
  if (state.step === 'results') return <LazyResults state={state} update={update} />;
  return <QuestionStep state={state} update={update} />;
}
