#!/usr/bin/env node
// The CLI entry point; the code lives in src/cli and is compiled to dist/ by `npm run build`
// (run automatically by `npm ci` through the `prepare` script).
import '../dist/src/cli/main.js';
