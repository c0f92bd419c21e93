// Lets Node 20 run the project's TypeScript scripts (npm run data:report …) with the TypeScript
// compiler already installed: `node --import ./scripts/register-ts.mjs scripts/x.ts`.
import { register } from 'node:module';

register('./ts-loader.mjs', import.meta.url);
