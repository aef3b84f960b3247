#!/usr/bin/env node
// Entry point for `npm run lifeline -- <command>`.
import { runCli } from './main.ts';
import { processIo } from './process-io.ts';

process.exitCode = await runCli(process.argv.slice(2), processIo());
