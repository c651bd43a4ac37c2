// A static file server for the page, on 127.0.0.1 only, with the right MIME types and
// the page's Content-Security-Policy also sent as a header.
//   node scripts/serve.mjs DIR [PORT]
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const dir = path.resolve(process.argv[2] || 'build/wasm/dist');
const port = Number(process.argv[3] || 8000);
const types = {
  '.html': 'text/html; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json', '.ts': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml',
};
const csp = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; " +
  "connect-src 'self'; style-src 'self'; img-src 'self' data: blob:; base-uri 'none'; " +
  "form-action 'none'; object-src 'none'; frame-ancestors 'none'";

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  let file = path.join(dir, decodeURIComponent(url.pathname));
  if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
  if (file.endsWith(path.sep)) file = path.join(file, 'index.html');
  fs.readFile(file, (err, data) => {
    if (err) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    res.writeHead(200, {
      'content-type': types[path.extname(file)] || 'application/octet-stream',
      'content-security-policy': csp, 'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
    res.end(data);
  });
});
server.listen(port, '127.0.0.1', () => {
  console.log(`newsfacts page: http://127.0.0.1:${server.address().port}/  (Ctrl-C to stop)`);
});
