// The loader (issues 11 and 13): starts the wasm; a load that fails or takes over 15 s shows
// an error with a retry button instead of "Đang tải…" forever; a trap or panic later shows
// the static error panel with a download of the saved data. An external module, not Trunk's
// inline loader, so the page runs under a strict CSP (no inline script). Trunk hashes this
// file (`<script data-trunk>` in index.html) and writes the glue and wasm names into the two
// preload links of the head (`pattern_script` in Trunk.toml); they are read from there, so
// the preloads and the loader can never name different files.
const $ = (id) => document.getElementById(id);
const link = (sel) => document.querySelector(sel)?.href;
let started = false;
function loadFailed() {
  if (started) return;
  $('load-error')?.removeAttribute('hidden');
  document.querySelector('#shell .loading')?.setAttribute('hidden', '');
}
$('load-retry')?.addEventListener('click', () => location.reload());
$('fatal-reload')?.addEventListener('click', () => location.reload());
$('fatal-download')?.addEventListener('click', () => {
  const data = {};
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (k.startsWith('kiem-tra-khen-thuong/')) data[k] = localStorage.getItem(k);
  }
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 1)], { type: 'application/json' }));
  a.download = 'du-lieu-da-luu-khen-thuong.json';
  a.click();
});
const fatal = () => { if (started) $('fatal')?.removeAttribute('hidden'); };
addEventListener('error', (e) => { if (e.error instanceof WebAssembly.RuntimeError || /unreachable|RuntimeError/.test(e.message)) fatal(); });
addEventListener('unhandledrejection', (e) => { if (e.reason instanceof WebAssembly.RuntimeError) fatal(); });
const timer = setTimeout(loadFailed, 15000);
import(link('link[rel="modulepreload"]'))
  .then((glue) => glue.default({ module_or_path: link('link[rel="preload"][as="fetch"]') }))
  .then(() => { started = true; clearTimeout(timer); })
  .catch(() => { clearTimeout(timer); loadFailed(); });
