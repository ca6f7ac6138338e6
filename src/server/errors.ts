// HTTP errors and the Express error handler: every failure leaves as ApiError JSON.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ApiError } from '../api/contract.js';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what: string): HttpError => new HttpError(404, `${what} not found`);

export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, `no such endpoint: ${req.method} ${req.path}`));
};

function isNeo4jUnavailable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'ServiceUnavailable' || code === 'SessionExpired';
}

function isClientError(err: unknown): err is { status: number; message: string; expose?: boolean } {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 && err instanceof Error;
}

export function errorHandler(log: (message: string) => void): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    let status = 500;
    const body: ApiError = { error: 'internal error' };
    if (err instanceof HttpError) {
      status = err.status;
      body.error = err.message;
      if (err.details !== undefined) body.details = err.details;
    } else if (isNeo4jUnavailable(err)) {
      status = 503;
      body.error = 'the graph database is not reachable';
      res.setHeader('Retry-After', '2');
    } else if (isClientError(err)) {
      // Express itself flags bad requests this way, e.g. a path parameter with broken %-encoding.
      status = err.status;
      body.error = err.expose === false ? 'bad request' : err.message;
    } else {
      log(`internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
    if (res.headersSent) return;
    res.status(status).json(body);
  };
}
