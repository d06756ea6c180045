/**
 * npm start's server: dist/ as a plain static host serves it. Files as they are, folder/index.html
 * for a folder, 404.html with status 404 for anything else, gzip for what compresses, and the
 * headers dist/_headers names (CSP, nosniff, caching), as Netlify or Cloudflare Pages would.
 *   PORT (default 4173), HOST (default 127.0.0.1), DIST_DIR (default dist)
 */
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import compression from 'compression';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './lib/headers-file';

const distDir = path.resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

if (!existsSync(path.join(distDir, '404.html'))) {
  console.error(`${distDir} has no 404.html: run \`npm run build\` first.`);
  process.exit(1);
}
const notFoundPage = readFileSync(path.join(distDir, '404.html'));
const headerRules = existsSync(path.join(distDir, '_headers')) ? parseHeadersFile(readFileSync(path.join(distDir, '_headers'), 'utf8')) : [];

const files = sirv(distDir, { etag: true });
const compress = compression();

const server = http.createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  for (const [name, value] of headersFor(headerRules, pathname)) res.setHeader(name, value);
  compress(req as never, res as never, () => {
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFoundPage);
    });
  });
});

server.listen(port, host, () => {
  console.log(`Warta is being served from ${path.relative(process.cwd(), distDir) || '.'}/ at http://${host}:${port}/`);
});
