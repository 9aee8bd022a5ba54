/* GCIO Academy service worker: reading without a connection. The catalogue, course pages, "Pembelajaran saya" and
   lessons a reader has opened (or saved from a course page) are kept on the device. Pages still come from the network
   first; a kept copy is shown only when the network fails, or takes longer than 8 s and a copy exists, and the page
   then says it is a copy (static/academy.js). Quizzes, forms and every other page are never served from here.
   Signing out deletes what is kept (static/academy.js). */
'use strict';
const PAGES = 'academy-pages-v1', FILES = 'academy-files-v1', OFFLINE = '/luring', MAX_PAGES = 80, SLOW_MS = 8000;
// "/", "/kursus/<course>", "/belajar", "/belajar/kursus/<course>/<lesson>" (not the quiz)
const KEPT = /^\/(kursus\/[a-z0-9-]+|belajar|belajar\/kursus\/[a-z0-9-]+\/(?!kuis$)[a-z0-9-]+)?$/;

self.addEventListener('install', e => {
  e.waitUntil(caches.open(PAGES).then(c => c.add(OFFLINE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', e => {
  e.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(k => k !== PAGES && k !== FILES).map(k => caches.delete(k))))
    // the browser sends a page's request while this worker is still starting, instead of after (a slow phone)
    .then(() => self.registration.navigationPreload && self.registration.navigationPreload.enable())
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', e => {
  const req = e.request, url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== location.origin) return;
  if (url.pathname.startsWith('/static/') && url.searchParams.has('v')) e.respondWith(file(req, url));
  else if (req.mode === 'navigate') {
    e.respondWith(page(e, url));
    e.waitUntil(keepOfflinePage());
  }
});

/** The offline page again, after signing out deleted it. */
async function keepOfflinePage() {
  const c = await caches.open(PAGES);
  if (!(await c.match(OFFLINE))) await c.add(OFFLINE).catch(() => {});
}

/** A fingerprinted file (/static/x?v=…) never changes: from the device when kept, else fetched and kept. */
async function file(req, url) {
  const c = await caches.open(FILES), kept = await c.match(req);
  if (kept) return kept;
  const r = await fetch(req);
  if (r.ok) {
    await c.put(req, r.clone());
    await dropOtherVersions(c, url);
  }
  return r;
}

/** After a release, a file's earlier versions go, but for those a kept page links to: it keeps its look offline. */
async function dropOtherVersions(c, url) {
  const others = (await c.keys()).map(k => new URL(k.url))
    .filter(u => u.pathname === url.pathname && u.search !== url.search);
  if (!others.length) return;
  const pages = await caches.open(PAGES);
  const html = (await Promise.all((await pages.keys()).map(k => pages.match(k).then(p => p.text())))).join('');
  for (const u of others) if (!html.includes(u.pathname + u.search)) await c.delete(u.href);
}

/** A page: the network's answer (kept when it is a page worth keeping), else the kept copy, else the offline page. */
function page(e, url) {
  const keep = url.search === '' && KEPT.test(url.pathname);
  const network = Promise.resolve(e.preloadResponse).then(pre => pre || fetch(e.request)).then(async r => {
    if (keep && worthKeeping(r)) await save(url.pathname, r.clone());
    return r;
  });
  e.waitUntil(network.catch(() => {}));
  if (!keep) return network.catch(offline);
  return new Promise(resolve => {
    let answered = false, timer;
    const answer = r => { if (r && !answered) { answered = true; clearTimeout(timer); resolve(r); } };
    // a server error (the academy down behind its proxy) is no better than no network when a copy is kept
    network.then(async r => answer(r.status >= 500 ? (await kept(url.pathname)) || r : r),
      async () => answer((await kept(url.pathname)) || await offline()));
    timer = setTimeout(async () => answer(await kept(url.pathname)), SLOW_MS);
  });
}

function worthKeeping(r) {
  return r.status === 200 && !r.redirected && (r.headers.get('Content-Type') || '').startsWith('text/html');
}

function kept(path) {
  return caches.match(path, { cacheName: PAGES });
}

async function offline() {
  return (await kept(OFFLINE)) || new Response('Offline: tidak ada jaringan / no connection',
    { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Keeps a copy marked with the time it was saved; the oldest copies go beyond MAX_PAGES. */
async function save(path, r) {
  const html = (await r.text()).replace('<body', '<body data-saved-at="' + new Date().toISOString() + '"');
  const headers = new Headers(r.headers);
  headers.delete('Content-Length');
  headers.delete('Content-Encoding');
  const c = await caches.open(PAGES);
  await c.delete(path); // put again at the end: keys() lists the oldest first
  await c.put(path, new Response(html, { status: 200, headers }));
  const keys = (await c.keys()).filter(k => new URL(k.url).pathname !== OFFLINE);
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_PAGES))) await c.delete(old);
}

/** "Simpan untuk dibaca offline" on a course page: keeps the pages it lists; answers with the ones kept. */
self.addEventListener('message', e => {
  const paths = e.data && e.data.type === 'save' && Array.isArray(e.data.paths) ? e.data.paths : null;
  if (!paths || !e.ports[0]) return;
  e.waitUntil((async () => {
    const saved = [];
    for (const p of paths) {
      if (typeof p !== 'string' || !KEPT.test(p)) continue;
      try {
        const r = await fetch(p, { credentials: 'same-origin' });
        if (worthKeeping(r)) { await save(p, r); saved.push(p); }
      } catch (err) { /* no connection: reported as not saved */ }
    }
    e.ports[0].postMessage({ saved });
  })());
});
