// A real calculator (the default neutral identity): pure state machine, no eval.

export interface CalcState {
  display: string;
  stored: number | null;
  op: Op | null;
  fresh: boolean;
  /** Every key pressed since the last clear, for the unlock code check. */
  typed: string;
}
export type Op = '+' | '−' | '×' | '÷';

export const initialCalc: CalcState = { display: '0', stored: null, op: null, fresh: true, typed: '' };

function apply(a: number, b: number, op: Op): number {
  switch (op) {
    case '+':
      return a + b;
    case '−':
      return a - b;
    case '×':
      return a * b;
    case '÷':
      return b === 0 ? NaN : a / b;
  }
}

function format(n: number): string {
  if (!Number.isFinite(n)) return 'Error';
  const rounded = Number.parseFloat(n.toPrecision(12));
  return String(rounded);
}

export function press(state: CalcState, key: string): CalcState {
  const typed = (state.typed + key).slice(-32);
  if (key === 'C') return { ...initialCalc };
  if (/^\d$/.test(key)) {
    const display = state.fresh || state.display === '0' ? key : (state.display + key).slice(0, 15);
    return { ...state, display, fresh: false, typed };
  }
  if (key === '.') {
    if (state.fresh) return { ...state, display: '0.', fresh: false, typed };
    if (state.display.includes('.')) return { ...state, typed };
    return { ...state, display: state.display + '.', typed };
  }
  const current = Number.parseFloat(state.display);
  if (key === '=') {
    if (state.op === null || state.stored === null) return { ...state, fresh: true, typed };
    return {
      display: format(apply(state.stored, current, state.op)),
      stored: null,
      op: null,
      fresh: true,
      typed,
    };
  }
  if (key === '+' || key === '−' || key === '×' || key === '÷') {
    const stored =
      state.op !== null && state.stored !== null && !state.fresh
        ? apply(state.stored, current, state.op)
        : current;
    return { display: format(stored), stored, op: key, fresh: true, typed };
  }
  return state;
}

/**
 * The digits of the entry being committed: typed since the last clear or the previous "=", so a
 * code typed after a real calculation (7+1=, then 2580=) still counts. Operators are left out.
 */
export function typedDigits(state: CalcState): string {
  const entries = state.typed.split('=');
  const committed = state.typed.endsWith('=') ? entries[entries.length - 2] : entries[entries.length - 1];
  return (committed ?? '').replace(/\D/g, '');
}
