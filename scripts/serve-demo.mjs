#!/usr/bin/env node
/** `npm start`: builds, then serves the demo site on 127.0.0.1 (PORT, default 4173) until Ctrl-C. */
import { execFileSync } from 'node:child_process';
import { root, startServer } from './serve.mjs';

execFileSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit' });
const { url } = await startServer({ port: Number(process.env.PORT ?? 4173) });
console.log(`\ncookie-elements demo: ${url}\n(the second reference site's registry; Ctrl-C stops the server)`);
