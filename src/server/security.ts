// Response headers and the Host check that every request passes before the API or the client sees it.
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';

/**
 * The built client loads only its own scripts, styles and JSON; images may be data: and blob: URLs (the PNG
 * export, map tiles drawn on canvas). Nothing may frame it, and it sends no referrer (article URLs stay private).
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // served over plain http on loopback by default; HSTS belongs to a TLS proxy in front, if any
    strictTransportSecurity: false,
  });
}

/** Names a local install answers to whatever address it listens on. */
export const LOCAL_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '::1'];

/** The host name of a Host header, lower-cased, without port or IPv6 brackets. */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') < 0 ? undefined : h.indexOf(']'));
  const colon = h.indexOf(':');
  if (colon !== h.lastIndexOf(':')) return h; // a bare IPv6 address (configuration), no port
  return (colon < 0 ? h : h.slice(0, colon)).replace(/\.$/, '');
}

/**
 * Refuses requests whose Host is not one of `allowed`: a page on another site that rebinds its DNS name to
 * 127.0.0.1 reaches the server with its own name as Host, so it cannot read the API of a local install.
 * `*` in the list allows any host; `.example.org` allows example.org and its subdomains.
 */
export function allowedHosts(allowed: readonly string[]): RequestHandler {
  const names = allowed.map((h) => hostName(h)).filter(Boolean);
  const any = names.includes('*');
  const ok = (name: string) =>
    names.some(
      (n) =>
        (n.startsWith('.') ? name === n.slice(1) || name.endsWith(n) : name === n) ||
        (n === 'localhost' && name.endsWith('.localhost')),
    );
  return (req, res, next) => {
    const name = hostName(req.headers.host ?? '');
    if (any || (name && ok(name))) {
      next();
      return;
    }
    res
      .status(403)
      .type('application/json')
      .send(
        JSON.stringify({
          error: `host ${JSON.stringify(name.slice(0, 100))} is not allowed; add it to KG_ALLOWED_HOSTS to serve under that name`,
        }),
      );
  };
}

/** The hosts a server listening on `listenHost` answers to, plus those configured (comma-separated). */
export function hostsFor(listenHost: string, configured: string | undefined): string[] {
  const extra = (configured ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const listen = hostName(listenHost);
  const wildcard = listen === '0.0.0.0' || listen === '::' || listen === '';
  return [...LOCAL_HOSTS, ...(wildcard ? [] : [listen]), ...extra];
}

/**
 * API requests per client address and minute. The explorer sends a few per action (search as you type,
 * neighbours, evidence); a person stays far below this, a script hammering the database does not.
 */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 1200;

/** Per-client rate limit on the API (429 with RateLimit headers past it); 0 turns it off. /api/health is exempt. */
export function apiRateLimit(perMinute: number): RequestHandler {
  if (perMinute <= 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skip: (req) => req.path === '/health',
    handler: (_req, res) => {
      res
        .status(429)
        .type('application/json')
        .send(JSON.stringify({ error: `too many requests: at most ${perMinute} a minute per client; retry later` }));
    },
  });
}
