// The committed outlines are exactly what the script makes from the unmodified source files, and
// everything the map screen loads as data stays within the 60 KB gzip budget.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import jaMap from '../../locales/ja/map.json';
import enMap from '../../locales/en/map.json';
import type { WardCollection } from '../../src/features/map/ward-types';
import { buildWards, serialiseWards } from './build-wards';
import { vertexKey } from '../../src/features/map/geometry';
import { RAW_DIR, readRawWards, WARDS_FILE } from './raw-wards';

const root = process.cwd();
const committed = readFileSync(WARDS_FILE, 'utf8');
const wards = JSON.parse(committed) as WardCollection;

describe('ward outlines', () => {
  it('keeps the source files unmodified (hashes from their README)', () => {
    const readme = readFileSync(`${RAW_DIR}/README.md`, 'utf8');
    const files = readdirSync(RAW_DIR).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(10);
    for (const f of files) {
      const hash = createHash('sha256')
        .update(readFileSync(`${RAW_DIR}/${f}`))
        .digest('hex')
        .slice(0, 16);
      expect(readme, f).toContain(`| \`${f}\` |`);
      expect(readme, f).toMatch(new RegExp(`\\| \`${f}\` \\|[^\\n]*\`${hash}\``));
    }
  });

  it('is up to date: run `node --import ./scripts/register-ts.mjs scripts/build-wards.ts` if not', () => {
    expect(committed === serialiseWards(buildWards(readRawWards(root)))).toBe(true);
  });

  it('keeps all map data the map screen loads within 60 KB gzip', () => {
    const data = committed + readFileSync('src/data/places.json', 'utf8');
    const size = gzipSync(data, { level: 9 }).length;
    console.log(`map data: ${committed.length} B outlines, ${size} B gzip with places`);
    expect(size).toBeLessThanOrEqual(60 * 1024);
  });

  it('has the ten wards with their Japanese names, and 西区 in two pieces', () => {
    expect(wards.features.map((f) => f.properties.code)).toEqual(Object.keys(jaMap.wards));
    for (const f of wards.features) {
      expect(jaMap.wards[f.properties.code as keyof typeof jaMap.wards]).toBe(f.properties.name);
      expect(enMap.wards[f.properties.code as keyof typeof enMap.wards]).toMatch(/-ku$/);
    }
    const nishi = wards.features[0];
    expect(nishi.properties.name).toBe('西区');
    expect(nishi.geometry.coordinates).toHaveLength(2);
    expect(nishi.geometry.coordinates.every((polygon) => polygon.length === 1)).toBe(true);
  });

  it('rounds to 5 decimals and keeps every ring closed', () => {
    for (const f of wards.features) {
      for (const ring of f.geometry.coordinates.flat()) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        for (const p of ring) for (const n of p) expect(Number(n.toFixed(5))).toBe(n);
      }
    }
  });

  it('leaves no sliver: a vertex on a border between two wards is a vertex of both', () => {
    // 大宮区, 中央区 and 浦和区 do not touch the city edge: each of their vertices is shared.
    const keysOf = (code: string) =>
      new Set(
        wards.features
          .find((f) => f.properties.code === code)!
          .geometry.coordinates.flat(2)
          .map((p) => vertexKey(p as [number, number])),
      );
    const others = (code: string) => {
      const all = new Set<string>();
      for (const f of wards.features)
        if (f.properties.code !== code) for (const k of keysOf(f.properties.code)) all.add(k);
      return all;
    };
    for (const inner of ['11103', '11105', '11107']) {
      const rest = others(inner);
      expect(
        [...keysOf(inner)].filter((k) => !rest.has(k)),
        inner,
      ).toEqual([]);
    }
  });
});
