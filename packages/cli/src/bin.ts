#!/usr/bin/env node
/** Executable entry of the otai-release command. */
import { enableCompileCache } from 'node:module';

// Later runs reuse V8's compiled code from the temp dir: a command run often (a check in a loop, a
// pre-commit hook) then starts faster. Best effort: Node skips it where the cache cannot be written.
enableCompileCache?.();
const { main } = await import('./main.js');
process.exitCode = await main(process.argv.slice(2));
