// Serves the built client (client/dist) with a single-page-app fallback for every non-/api GET.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';

/** client/dist relative to this module, both from src/server (tests) and dist/server (built) */
export const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../../client/dist/', import.meta.url));

export function clientRoutes(clientDir: string): Router {
  const router = express.Router();
  const index = join(clientDir, 'index.html');
  router.use(express.static(clientDir, { index: false, maxAge: '1h' }));
  router.get(/^(?!\/api(\/|$)).*/, (_req, res) => {
    if (!existsSync(index)) {
      res.status(404).type('text/plain').send('The client is not built yet: run `npm run build`.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
