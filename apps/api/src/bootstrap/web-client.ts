import { INestApplication } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const API_PATHS = ['/graphql', '/health'];

/**
 * Serves the built web client from the same origin as the API, so the session
 * cookie needs no cross-site allowances. Unknown paths get index.html: the
 * client routes them.
 */
export function serveWebClient(app: INestApplication, distDir: string): boolean {
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) return false;
  app.use(express.static(distDir, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi = API_PATHS.some((path) => req.path === path || req.path.startsWith(`${path}/`));
    if (req.method !== 'GET' || isApi || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
  return true;
}
