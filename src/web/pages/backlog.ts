// Placeholder until the page is built; registers nothing.
import type { Router } from 'express';
import type { WebDeps } from '../router.js';

export function registerBacklogPages(_router: Router, _deps: WebDeps): void {}
