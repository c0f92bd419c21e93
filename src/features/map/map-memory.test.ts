import { describe, expect, it } from 'vitest';
import { forgetEverything } from '../../shell/quick-exit/quick-exit';
import { recallMap, rememberMap } from './map-memory';

describe('map memory', () => {
  it('remembers the ward and tiles-on for this visit and forgets both on quick exit', () => {
    expect(recallMap()).toEqual({ ward: null, tilesOn: false });
    rememberMap({ ward: '11107', tilesOn: true });
    expect(recallMap()).toEqual({ ward: '11107', tilesOn: true });
    forgetEverything();
    expect(recallMap()).toEqual({ ward: null, tilesOn: false });
  });
});
