/* GCIO Academy: reading without a connection, with the service worker /sw.js. Says when a page is a copy kept on the
   device, lets a kept lesson be marked done (sent once connected), offers "save this course" on a course page, and
   deletes the kept pages when the reader signs out. Every page works without it. */
(() => {
'use strict';
const sw = navigator.serviceWorker, body = document.body;
if (!sw || !window.caches || !body) return;
const reader = body.dataset.reader; // an opaque mark of the signed-in reader (none when anonymous)
const $ = (s, r) => (r || document).querySelector(s);
const fmt = (m, v) => String(m || '').replace('%s', v); // messages carry %s (Qute reads {0} as an expression)
const statusNote = (className, text) => { // a paragraph screen readers announce
  const p = document.createElement('p');
  p.className = className;
  p.setAttribute('role', 'status');
  p.textContent = text;
  return p;
};
const PENDING = 'academy-pending-done'; // lessons marked done on a kept copy, sent once connected: [{reader, page}]
const pending = () => { try { return JSON.parse(localStorage.getItem(PENDING)) || []; } catch (e) { return []; } };
const setPending = list => { try { localStorage.setItem(PENDING, JSON.stringify(list)); } catch (e) { /* private mode */ } };
const forget = () => { // every kept page, and lessons marked done offline not yet sent
  try { localStorage.removeItem(PENDING); } catch (e) { /* private mode */ }
  return caches.keys().then(keys => Promise.all(keys.map(k => caches.delete(k))));
};
sw.register('/sw.js').catch(() => {});

// A kept copy (the service worker marks it when keeping it): say so, and hide its forms, whose tokens are stale
const at = body.dataset.savedAt;
if (at) {
  const when = new Date(at).toLocaleString(document.documentElement.lang || 'id', { dateStyle: 'medium', timeStyle: 'short' });
  const main = $('main');
  if (main) main.prepend(statusNote('notice saved-note', fmt(body.dataset.msgSaved, when)));
  document.querySelectorAll('main form[method="post"]').forEach(f => { f.hidden = true; });
  // but "Tandai selesai" on a kept lesson still works: it is noted on the device and sent once connected (below)
  const done = $('.lesson-done form'), section = $('.lesson-done');
  if (done && reader) {
    const queued = () => done.replaceWith(statusNote('done-note', section.dataset.msgQueued));
    if (pending().some(e => e.reader === reader && e.page === location.pathname)) queued();
    else {
      done.hidden = false;
      done.addEventListener('submit', e => {
        e.preventDefault();
        setPending([...pending(), { reader, page: location.pathname }]);
        queued();
      });
    }
  }
}

// Online again, and signed in as the reader who marked lessons done offline: send each with a fresh form token, then
// say how many were recorded (the lesson page's own form, fetched now, carries the token the server expects)
if (reader && !at && pending().length) {
  (async () => {
    const left = [];
    let sent = 0;
    for (const e of pending()) {
      if (e.reader !== reader) continue; // another reader's, from before a reader switch: not ours to send
      try {
        const page = await fetch(e.page, { credentials: 'same-origin', cache: 'no-store' });
        if (!page.ok) { if (page.status !== 404) left.push(e); continue; } // a lesson archived meanwhile is dropped
        if (page.redirected) continue; // the lesson no longer opens for this reader (left the course): dropped
        const form = new DOMParser().parseFromString(await page.text(), 'text/html').querySelector('.lesson-done form');
        if (!form) { sent++; continue; } // marked done meanwhile (on another device)
        const r = await fetch(form.getAttribute('action'), { method: 'POST', credentials: 'same-origin', redirect: 'manual',
          body: new URLSearchParams(new FormData(form)) });
        if (r.type === 'opaqueredirect' || r.ok) sent++; else left.push(e);
      } catch (err) { left.push(e); } // still no connection: next time
    }
    setPending(left);
    const main = $('main');
    if (sent && main) main.prepend(statusNote('flash', fmt(body.dataset.msgDoneSent, sent)));
  })();
}

// Another reader signed in on this device (the last one's session ended without signing out): their pages go
if (reader && !at) {
  let last = null;
  try { last = localStorage.getItem('academy-reader'); localStorage.setItem('academy-reader', reader); } catch (e) { /* private mode */ }
  if (last && last !== reader) forget().catch(() => {});
}

// The offline page in the language the reader now reads (the service worker fetched it in the language of that moment)
if (!at) {
  const lang = document.documentElement.lang;
  let last = null;
  try { last = localStorage.getItem('academy-lang'); localStorage.setItem('academy-lang', lang); } catch (e) { /* private mode */ }
  if (last && last !== lang) caches.open('academy-pages-v1').then(c => c.add('/luring')).catch(() => {});
}

// "Simpan untuk dibaca offline": the course page and its lessons, kept by the service worker
const box = $('[data-offline-save]');
if (box && !at) {
  const btn = $('button', box), status = $('[role="status"]', box), d = box.dataset;
  box.hidden = false;
  btn.addEventListener('click', async () => {
    const lessons = [...document.querySelectorAll('.lesson-list a[href^="/belajar/kursus/"]')].map(a => a.getAttribute('href'));
    btn.disabled = true;
    status.textContent = d.msgSaving;
    try {
      const reg = await sw.ready;
      const reply = await new Promise((resolve, reject) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = m => resolve(m.data);
        reg.active.postMessage({ type: 'save', paths: [location.pathname, ...lessons] }, [channel.port2]);
        setTimeout(() => reject(new Error('no answer')), 120000);
      });
      const saved = reply.saved.filter(p => lessons.includes(p)).length;
      status.textContent = saved === lessons.length ? fmt(d.msgSaved, saved) : d.msgFailed;
    } catch (e) {
      status.textContent = d.msgFailed;
    }
    btn.disabled = false;
  });
}

// Signing out (the header's form, or the page that asks first): the kept pages go first; a shared phone keeps nothing
document.addEventListener('submit', e => {
  const f = e.target;
  if (!(f instanceof HTMLFormElement) || f.getAttribute('action') !== '/keluar' || f.dataset.cleared) return;
  e.preventDefault();
  f.dataset.cleared = '1';
  const timeout = new Promise(resolve => setTimeout(resolve, 3000));
  Promise.race([forget(), timeout])
    .catch(() => {}).then(() => f.submit());
});
})();
