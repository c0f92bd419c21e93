// Reads the catalogue's JSON files from disk (build plugin, data report, tests).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CatalogueFiles, DataFile } from '../src/data/validate';

function read(root: string, path: string): DataFile {
  const file = relative(root, path);
  try {
    return { file, data: JSON.parse(readFileSync(path, 'utf8')) as unknown };
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message})`, { cause: err });
  }
}

export function readCatalogueFiles(root: string): CatalogueFiles {
  const dataDir = join(root, 'src/data');
  const windowsDir = join(dataDir, 'windows');
  return {
    sources: read(root, join(dataDir, 'sources.json')),
    places: read(root, join(dataDir, 'places.json')),
    programmes: read(root, join(dataDir, 'programmes.json')),
    windows: readdirSync(windowsDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => read(root, join(windowsDir, f))),
  };
}
