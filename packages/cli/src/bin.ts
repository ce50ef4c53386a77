#!/usr/bin/env node
/** Executable entry of the otai-release command. */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
