#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the command works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../main/cli/index.ts', import.meta.url).href);
