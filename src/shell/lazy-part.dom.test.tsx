import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { lazyPart } from './lazy-part';

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('lazyPart', () => {
  it('shows the part when it arrives between the first render and its effect (never stuck)', async () => {
    let arrive!: () => void;
    const gate = new Promise<void>((r) => (arrive = r));
    const Part = lazyPart(() => gate.then(() => () => <p>arrived</p>));
    const root = document.createElement('div');
    const pending = Part.preload();
    // Rendered while still loading; Preact runs the effect after the next frame, so the code
    // lands in between.
    render(<Part />, root);
    arrive();
    await pending;
    await settle();
    expect(root.textContent).toBe('arrived');
  });

  it('asks for its code in the render that needs it, not after the frame', () => {
    let asked = 0;
    const Part = lazyPart(() => (asked++, new Promise<() => null>(() => undefined)));
    render(<Part />, document.createElement('div'));
    // Effects have not run yet (Preact runs them after the next frame).
    expect(asked).toBe(1);
  });

  it('shows nothing while loading, then the part', async () => {
    const Part = lazyPart(() => Promise.resolve(() => <p>later</p>));
    const root = document.createElement('div');
    render(<Part />, root);
    expect(root.textContent).toBe('');
    await settle();
    expect(root.textContent).toBe('later');
  });

  it('tries again on the next render when loading failed', async () => {
    let calls = 0;
    const Part = lazyPart(() =>
      ++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(() => <p>ok</p>),
    );
    await expect(Part.preload()).rejects.toThrow('offline');
    const root = document.createElement('div');
    render(<Part />, root);
    await settle();
    expect(root.textContent).toBe('ok');
    expect(calls).toBe(2);
  });
});
