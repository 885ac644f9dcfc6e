// The loader (issue 11): starts the wasm; a load that fails or takes over 15 s shows an
// error with a retry button instead of "Đang tải…" forever; a trap or panic later shows
// the static error panel with a download of the saved data. No inline script (CSP).
import init from './__JS__';
const $ = (id) => document.getElementById(id);
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
init({ module_or_path: new URL('./__WASM__', import.meta.url) })
  .then(() => { started = true; clearTimeout(timer); })
  .catch(() => { clearTimeout(timer); loadFailed(); });
