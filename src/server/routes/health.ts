// GET /api/health: answers while the process is up (open even when reads need a token).
import { Router } from 'express';
import type { RouteModule } from './support/context.js';

/** Liveness. */
export const health: RouteModule = {
  name: 'health',
  path: '/api/health',
  create: () => Router().get('/', (_req, res) => { res.json({ status: 'ok' }); }),
};
