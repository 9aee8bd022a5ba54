/* GCIO Academy quiz: background saving with an offline queue, and the timer. Enhances a page that works without it. */
(() => {
'use strict';
const $ = (s, r) => (r || document).querySelector(s);
const fmt = (m, v) => String(m || '').replace(/\{0\}|%s/, v); // messages carry %s (Qute reads {0} as an expression)
const on = (t, e, f) => t.addEventListener(e, f);
const get = k => { try { return JSON.parse(localStorage.getItem(k)); } catch (e) { /* private mode */ } };
const set = (k, v) => { try { v == null ? localStorage.removeItem(k) : localStorage.setItem(k, JSON.stringify(v)); return true; } catch (e) { return false; } };
const timer = $('#quiz-timer'), form = $('#quiz-form');
let expired = false, leaving = false, onExpire = () => {}, resync = () => {};
const leave = url => { leaving = true; if (url) location.href = url; else location.reload(); };

if (timer) (() => {
  const d = timer.dataset, value = $('.quiz-timer-value', timer), live = $('#quiz-timer-announce');
  let base = parseFloat(d.remainingSeconds), t0 = performance.now(), w0 = Date.now(), tid, last = Math.ceil(base);
  if (!value || !isFinite(base)) return;
  // performance.now() stops while a phone sleeps: the wall clock may only make the time left smaller. Saves resync.
  const left = () => base - Math.max(performance.now() - t0, Date.now() - w0) / 1000;
  const two = n => String(n).padStart(2, '0');
  const say = t => { if (live) { live.textContent = ''; setTimeout(() => { live.textContent = t; }, 100); } };
  const said = {}, btn = document.createElement('button');
  // No aria-pressed: the label changes, and a toggle button must keep its name.
  const hide = h => { value.hidden = h; btn.textContent = (h ? d.msgShow : d.msgHide) || ''; };
  Object.assign(btn, { type: 'button', className: 'quiz-timer-toggle' });
  on(btn, 'click', () => { hide(!value.hidden); set('gcio-quiz-timer-hidden', value.hidden ? 1 : 0); });
  hide(get('gcio-quiz-timer-hidden') === 1);
  timer.appendChild(btn);
  const tick = () => {
    clearTimeout(tid);
    if (expired) return;
    const r = left(), s = Math.max(0, Math.ceil(r));
    value.textContent = (s >= 3600 ? Math.floor(s / 3600) + ':' : '') + two(Math.floor(s % 3600 / 60)) + ':' + two(s % 60);
    timer.classList.toggle('quiz-timer--low', s <= 300);
    const hit = [60, 300, 600].filter(t => s <= t && last > t && !said[t]);
    hit.forEach(t => { said[t] = 1; });
    if (hit.length && s) say(fmt(d.msgAnnounce, hit[0] / 60));
    last = s;
    if (s) { tid = setTimeout(tick, ((r % 1) || 1) * 1000 + 20); return; }
    onExpire(); // saves what was typed last, then disables the form
    expired = true;
    value.hidden = false;
    value.textContent = d.msgExpired || '';
    btn.remove();
    timer.classList.add('quiz-timer--expired');
    say(d.msgExpired);
    setTimeout(() => leave(d.expiredUrl), 3000);
  };
  resync = s => { if (typeof s === 'number' && isFinite(s)) { base = s; t0 = performance.now(); w0 = Date.now(); tick(); } };
  on(document, 'visibilitychange', () => { if (!document.hidden) tick(); });
  tick();
})();

if (form) (() => {
  const d = form.dataset, qid = d.question, KEY = 'gcio-quiz-' + d.attempt, status = $('#quiz-save-status');
  const url = form.getAttribute('action').replace(/\/jawaban\/?$/, ''), saveUrl = d.saveUrl || form.action;
  const csrf = $('input[type=hidden][name*=csrf]', form), noEl = form.elements.no, no = noEl ? +noEl.value : 1;
  const msg = { offline: d.msgOffline, session: d.msgSession }, baseClass = status ? status.className : '';
  const hint = d.msgContinue || 'Tekan sekali lagi untuk tetap pindah; jawaban dikirim nanti.';
  let mem = {}, stored = true, deb, rt, fails = 0, cur, savedAt = '', busy = false, blocked = '';

  // Unacknowledged answers { question: {body, no, at} }, in localStorage or else in memory.
  const readQ = () => {
    if (stored) {
      const v = get(KEY);
      if (v !== undefined) return v && typeof v === 'object' ? v : {};
      stored = false;
    }
    return mem;
  };
  const put = (k, v) => {
    const q = readQ();
    if (v) q[k] = v; else delete q[k];
    mem = q;
    if (stored) stored = set(KEY, Object.keys(q).length ? q : null);
  };
  const pending = () => Object.keys(readQ()).length > 0;
  const body = () => { // without the CSRF token: post() adds the current one
    const p = new URLSearchParams(new FormData(form));
    if (csrf) p.delete(csrf.name);
    p.set('aksi', 'simpan');
    return p.toString();
  };
  let ack = body(); // the server has (or refused) this: no need to send it

  const show = (kind, text) => {
    if (!status || cur === kind + text) return; // would be announced again
    cur = kind + text;
    status.className = baseClass + ' quiz-save-status--' + kind;
    status.textContent = text;
    if (kind !== 'session') return;
    const a = Object.assign(document.createElement('a'), { href: d.loginUrl || '/masuk', target: '_blank', rel: 'noopener' });
    a.textContent = d.msgLogin || 'Masuk lagi';
    status.append(' ', a);
  };
  const enqueue = force => {
    clearTimeout(deb);
    if (expired) return;
    const b = body();
    if (force || b !== ack || readQ()[qid]) put(qid, { body: b, no: noEl ? noEl.value : '', at: Date.now() });
  };

  const post = async b => {
    const p = new URLSearchParams(b), ac = new AbortController(), t = setTimeout(() => ac.abort(), 15000);
    if (csrf) p.set(csrf.name, csrf.value);
    try {
      const r = await fetch(saveUrl, { method: 'POST', body: p, credentials: 'same-origin', redirect: 'manual', signal: ac.signal,
        headers: { Accept: 'application/json', 'X-Requested-With': 'JavaScript' } });
      const s = r.status;
      let j = null;
      try { j = await r.json(); } catch (e) { /* login page, captive portal … */ }
      if (s === 200 && j && j.saved === true) return { k: 'ok', j };
      if (r.type === 'opaqueredirect' || [401, 403, 499].includes(s)) return { k: 'session' };
      // `code`, or the last segment of `type`; DEADLINE_PASSED or deadline-passed
      const code = j ? String(j.code || String(j.type || '').split('/').pop()).toUpperCase().replace(/-/g, '_') : '';
      if (s === 400 && (!j || /CSRF/.test(code))) return { k: 'session' };
      if ([409, 410, 422].includes(s) || (s >= 400 && s < 500 && j && s !== 408 && s !== 429)) return { k: 'refused', j: j || {}, code };
    } catch (e) { /* network, timeout */ } finally { clearTimeout(t); }
    return { k: 'offline' }; // also 5xx, 408, 429
  };

  // One request per question at a time; a change made meanwhile is sent right after.
  const st = {};
  const send = (k, quiet) => {
    const s = st[k] || (st[k] = {});
    if (s.p) { s.again = true; return s.p; }
    return (s.p = (async () => {
      let r = { k: 'ok' };
      do {
        s.again = false;
        const e = readQ()[k];
        if (!e) break;
        const slow = !quiet && k === qid && setTimeout(() => show('saving', d.msgSaving), 600);
        r = await post(e.body);
        clearTimeout(slow);
        fails = r.k === 'offline' ? fails + 1 : 0;
        if (r.k === 'ok' || r.k === 'refused') {
          const now = readQ()[k];
          if (now && now.body === e.body) put(k, null);
          if (k === qid) ack = e.body;
        }
        if (r.k === 'ok') { savedAt = r.j.savedAtText || ''; resync(r.j.remainingSeconds); }
        if (r.k === 'refused') {
          show('error', fmt(d.msgRefused, r.j.detail || r.j.title || r.j.status || ''));
          if (/DEADLINE_PASSED|NOT_IN_PROGRESS/.test(r.code)) {
            mem = {};
            set(KEY, null);
            setTimeout(() => leave(timer && timer.dataset.expiredUrl || url), 2000);
          }
        }
      } while (s.again && r.k !== 'offline' && r.k !== 'session');
      s.p = null;
      return r.k;
    })());
  };
  const flush = async quiet => {
    clearTimeout(rt);
    const ks = Object.keys(readQ());
    if (!ks.length) return 'ok';
    const rs = await Promise.all(ks.map(k => send(k, quiet)));
    const bad = rs.includes('session') ? 'session' : rs.includes('offline') ? 'offline' : '';
    if (bad) { // retry
      show(bad, msg[bad] + (blocked ? ' ' + hint : ''));
      clearTimeout(rt);
      rt = setTimeout(() => flush(true), bad === 'session' ? 15000 : Math.min(30000, 1000 * Math.pow(2, fails)));
      return bad;
    }
    if (rs.includes('refused')) return 'refused';
    if (!pending()) { blocked = ''; if (savedAt) show('saved', fmt(d.msgSaved, savedAt)); }
    return 'ok';
  };
  const save = force => { enqueue(force); flush(); };

  // Navigation saves first and leaves only once the server has everything; else we stay and say why. A second
  // press on the same target leaves anyway if the answers are in localStorage (any page of the attempt sends them).
  const go = async to => {
    if (busy || expired) return;
    enqueue();
    if (!pending() || (blocked === to && stored)) return leave(to);
    busy = true;
    const r = await flush();
    busy = false;
    if (r === 'ok') return leave(to);
    if (r !== 'refused' && stored) { blocked = to; show(r, msg[r] + ' ' + hint); }
  };

  // Text: 800 ms after the last key. Its change (blur) often comes from pressing a nav button: wait so a
  // status message cannot move the button between mousedown and mouseup.
  const typed = t => /^(text|textarea|number|search)$/.test(t.type);
  const later = ms => { clearTimeout(deb); deb = setTimeout(save, ms); };
  on(form, 'input', e => { if (typed(e.target)) later(800); });
  on(form, 'change', e => { if (typed(e.target)) later(300); else if (e.target.name) save(); });
  on(form, 'keydown', e => { // Enter would press Sebelumnya
    if (e.key === 'Enter' && /^(text|number|search|radio|checkbox)$/.test(e.target.type)) { e.preventDefault(); save(); }
  });
  on(form, 'click', e => {
    const a = (e.target.closest('button[name=aksi]') || {}).value;
    if (!a) return;
    e.preventDefault();
    if (a === 'sebelumnya') go(url + '?no=' + Math.max(1, no - 1));
    else if (a === 'berikutnya') go(url + '?no=' + (no + 1));
    else if (a === 'ringkasan') go(url + '/ringkasan');
    else save(true);
  });
  const index = $('.quiz-index');
  if (index) on(index, 'click', e => {
    const a = e.target.closest('a[href]');
    if (!a || e.button || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    go(a.href);
  });
  on(window, 'beforeunload', e => {
    if (leaving || expired) return;
    enqueue();
    if (pending()) { e.preventDefault(); e.returnValue = ''; }
  });
  on(window, 'pagehide', () => enqueue());
  on(window, 'pageshow', e => { if (e.persisted) { leaving = false; flush(true); } });
  on(window, 'online', () => flush(true));
  on(document, 'visibilitychange', () => { if (!document.hidden) flush(true); });
  onExpire = () => { enqueue(); flush(true); for (const el of form.elements) el.disabled = true; };

  // An unsent answer is newer than what the server rendered.
  const mine = readQ()[qid];
  if (mine) {
    const p = new URLSearchParams(mine.body), seen = {};
    for (const el of form.elements) {
      const n = el.name, vs = p.getAll(n);
      if (!n || /^(hidden|submit|button)$/.test(el.type)) continue;
      if (el.type === 'radio' || el.type === 'checkbox') el.checked = vs.includes(el.value);
      else { const i = seen[n] = (seen[n] || 0) + 1; if (i <= vs.length) el.value = vs[i - 1]; }
    }
  }
  if (expired) onExpire(); else flush();
})();
})();
