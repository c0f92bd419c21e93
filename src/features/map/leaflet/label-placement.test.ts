import { describe, expect, it } from 'vitest';
import { placeLabels, type Box } from './label-placement';

const label = (x: number, y: number) => ({ x, y, width: 60, height: 20 });
const pin = (x: number, y: number) => ({ x, y, radius: 15 });

describe('placeLabels', () => {
  it('leaves a label where it is when nothing covers it', () => {
    expect(placeLabels([label(100, 100)], [pin(200, 100)])).toEqual([{ dx: 0, dy: 0 }]);
  });

  it('moves a covered label to just below the marker', () => {
    const [spot] = placeLabels([label(100, 100)], [pin(110, 95)]);
    expect(spot).toEqual({ dx: 0, dy: 95 + 15 + 2 + 10 - 100 });
  });

  it('tries above when below is taken by another marker', () => {
    const [spot] = placeLabels([label(100, 100)], [pin(100, 100), pin(100, 130)]);
    expect(spot).toEqual({ dx: 0, dy: -(15 + 2 + 10) });
  });

  it('never moves a name out of its own ward', () => {
    // Below and above are outside the ward (a band 20 px high): the name goes beside the marker.
    const band = (_: number, box: Box) => box.top >= 90 && box.bottom <= 110;
    const [spot] = placeLabels([label(100, 100)], [pin(100, 100)], band);
    expect(spot).toEqual({ dx: 15 + 2 + 30, dy: 0 });
  });

  it('keeps labels off each other and hides one with no free spot', () => {
    const crowded = [pin(100, 100), pin(100, 70), pin(100, 130), pin(45, 100), pin(155, 100)];
    expect(placeLabels([label(100, 100)], crowded)).toEqual([null]);
    const [first, second] = placeLabels([label(100, 100), label(105, 102)], []);
    expect(first).toEqual({ dx: 0, dy: 0 });
    expect(second).toBeNull();
  });
});
