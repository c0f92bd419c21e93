// Node-only: reads the unmodified ward files (the build script and the freshness test).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawWardFile } from './build-wards';

export const RAW_DIR = 'src/data/wards/raw';
export const WARDS_FILE = 'src/data/wards/wards.json';

export function readRawWards(root: string): RawWardFile[] {
  const dir = join(root, RAW_DIR);
  return readdirSync(dir)
    .filter((f) => /^111\d\d\.json$/.test(f))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as RawWardFile);
}
