// A minimal static server for the release build, on 127.0.0.1 and a free port.
//   serve(dir, { headers, prefix, brotli, intercept })
// headers: extra response headers (e.g. a Content-Security-Policy); prefix: the sub-path
// the app lives under (e.g. '/khen-thuong/'); brotli: compress like a production server;
// intercept(pathname): a `{ status, type, body }` to answer instead of the file, or nothing
// (the offline-cache tests use it to fake a faulty server or a new release).
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml' };

export async function serve(dir, { headers = {}, prefix = '/', brotli = false, intercept } = {}) {
  const cache = new Map();
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const faked = intercept?.(url.pathname);
    if (faked) {
      res.writeHead(faked.status ?? 200, { 'Content-Type': faked.type });
      return res.end(faked.body);
    }
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('not found');
    }
    const rel = normalize(decodeURIComponent(url.pathname.slice(prefix.length - 1))).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, rel.endsWith('/') ? rel + 'index.html' : rel);
    try {
      let body = await readFile(file);
      const head = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers };
      if (brotli && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!cache.has(file)) cache.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        body = cache.get(file);
        head['Content-Encoding'] = 'br';
      }
      res.writeHead(200, head);
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}${prefix}`, close: () => new Promise((ok) => server.close(ok)) };
}

/** A page on its own origin that embeds `src` in a sandboxed iframe and sizes it from the app's messages. */
export async function host(src, sandbox) {
  const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin</title></head><body>
<h1>Cổng thông tin tỉnh</h1>
<iframe id="app" title="Kiểm tra điều kiện khen thưởng" src="${src}" sandbox="${sandbox}" style="width:100%;max-width:420px;border:0;height:300px"></iframe>
<script>
  window.heights = [];
  window.addEventListener('message', (e) => {
    if (e.data && e.data.type === 'khen-thuong:height') {
      window.heights.push(e.data.height);
      document.getElementById('app').style.height = e.data.height + 'px';
    }
  });
</script></body></html>`;
  const server = http.createServer((req, res) => { res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }); res.end(html); });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}
