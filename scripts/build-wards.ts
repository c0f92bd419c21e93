// Regenerates src/data/wards/wards.json from the unmodified files in src/data/wards/raw/:
//   node --import ./scripts/register-ts.mjs scripts/build-wards.ts
// A unit test (scripts/wards/wards-file.test.ts) fails when the two disagree.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildWards, serialiseWards } from './wards/build-wards';
import { readRawWards, WARDS_FILE } from './wards/raw-wards';

const text = serialiseWards(buildWards(readRawWards(process.cwd())));
writeFileSync(WARDS_FILE, text);
console.log(`${WARDS_FILE}: ${text.length} bytes, ${gzipSync(text).length} bytes gzip`);
