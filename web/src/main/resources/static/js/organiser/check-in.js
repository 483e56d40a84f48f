// The check-in screen: a code typed or a QR code scanned, answered at once and big. Online the server decides;
// when the pages cannot be reached, the ticket's Ed25519 signature is checked here with the congress's public key
// (kept from the last time online), the scan is queued, and the queue is uploaded when the network is back.
(() => {
  'use strict';

  const screen = document.getElementById('check-in');
  if (!screen) {
    return;
  }
  const data = screen.dataset;
  const congressId = data.congress;
  const listId = data.list;
  const store = {
    keys: 'citybridge.checkin.keys.' + congressId,
    queue: 'citybridge.checkin.queue.' + congressId + '.' + listId,
    seen: 'citybridge.checkin.seen.' + listId,
    device: 'citybridge.checkin.device'
  };
  const verdict = document.getElementById('verdict');
  const verdictText = document.getElementById('verdict-text');
  const verdictDetail = document.getElementById('verdict-detail');
  const input = document.getElementById('code');
  const networkState = document.getElementById('network-state');
  const queueState = document.getElementById('queue-state');
  const keysState = document.getElementById('keys-state');
  const clock = new Intl.DateTimeFormat(data.lang || 'en',
    { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: data.zone || 'Europe/Amsterdam' });

  const read = (key, fallback) => {
    try {
      const value = localStorage.getItem(key);
      return value === null ? fallback : JSON.parse(value);
    } catch (e) {
      return fallback;
    }
  };
  const write = (key, value) => localStorage.setItem(key, JSON.stringify(value));

  const randomId = () => {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
  };
  const deviceId = read(store.device, null) || (() => {
    const id = 'web-' + randomId().slice(0, 12);
    write(store.device, id);
    return id;
  })();

  // ---- What the screen shows -------------------------------------------------------------------------------

  const ANSWERS = {
    CHECKED_IN: ['ok', data.textCheckedIn],
    ALREADY_CHECKED_IN: ['warn', data.textAlready],
    UNKNOWN: ['bad', data.textUnknown],
    CANCELLED: ['bad', data.textCancelled],
    REVOKED: ['bad', data.textRevoked],
    NOT_ON_LIST: ['bad', data.textNotOnList],
    NOT_VALID_NOW: ['bad', data.textNotValidNow]
  };

  function show(kind, text, detail, answer) {
    verdict.className = 'verdict ' + kind;
    verdict.dataset.answer = answer || '';
    // Counts the answers shown, so that the same answer twice is still seen to be a new one.
    verdict.dataset.scans = String(Number(verdict.dataset.scans || 0) + 1);
    verdictText.textContent = text;
    verdictDetail.textContent = detail || '';
  }

  function showAnswer(answer, name, firstAt, detail) {
    const [kind, text] = ANSWERS[answer] || ANSWERS.UNKNOWN;
    const line = answer === 'ALREADY_CHECKED_IN' ? text.replace('{0}', firstAt ? clock.format(new Date(firstAt)) : '?')
      : text;
    show(kind, line, [name, detail].filter(Boolean).join(' · '), answer);
  }

  function queueLine() {
    const waiting = read(store.queue, []).length;
    queueState.textContent = waiting === 0 ? data.textUploaded : data.textWaiting.replace('{0}', String(waiting));
    queueState.dataset.waiting = String(waiting);
  }

  function network(online) {
    networkState.textContent = online ? data.textOnline : data.textOffline;
    screen.dataset.online = String(online);
  }

  // Who was let in here, by registration, with when: offline, a second scan of the same ticket is "already".
  function remember(registrationId, at) {
    if (!registrationId) {
      return;
    }
    const seen = read(store.seen, {});
    if (!seen[registrationId]) {
      seen[registrationId] = at;
      write(store.seen, seen);
    }
  }

  // ---- Talking to the pages (which talk to the API with the organiser's token) ------------------------------

  async function post(path, body) {
    return fetch(data.base + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', [data.csrfHeader]: data.csrfToken },
      body: JSON.stringify(body),
      credentials: 'same-origin',
      // A lost session answers with a redirect to the sign-in page: shown as such, not followed.
      redirect: 'manual'
    });
  }

  const unreachable = response => response.status >= 500 || response.status === 0 && response.type !== 'opaqueredirect';
  const signedOut = response => response.type === 'opaqueredirect' || response.status === 401
    || response.status === 403;

  async function scan(text) {
    const code = text.trim();
    if (!code) {
      return;
    }
    const nonce = randomId();
    const scannedAt = new Date().toISOString();
    let response;
    try {
      response = await post('/scans', { secretOrCode: code, nonce, deviceId });
    } catch (offline) {
      return scanOffline(code, nonce, scannedAt);
    }
    if (unreachable(response)) {
      return scanOffline(code, nonce, scannedAt);
    }
    network(true);
    if (signedOut(response)) {
      return show('bad', data.textSignIn, '', 'SIGNED_OUT');
    }
    if (response.status === 400) {
      return showAnswer('UNKNOWN');
    }
    if (!response.ok) {
      return show('bad', data.textFailed, String(response.status), 'FAILED');
    }
    const result = await response.json();
    if (result.answer === 'CHECKED_IN') {
      remember(result.registrationId, result.scannedAt || scannedAt);
    } else if (result.answer === 'ALREADY_CHECKED_IN') {
      remember(result.registrationId, result.firstCheckedInAt || scannedAt);
    }
    showAnswer(result.answer, result.attendeeName, result.firstCheckedInAt);
  }

  async function scanOffline(code, nonce, scannedAt) {
    network(false);
    if (!looksLikeSecret(code)) {
      return show('warn', data.textOfflineCode, '', 'OFFLINE_CODE');
    }
    const kit = read(store.keys, null);
    if (!kit || !kit.keys || kit.keys.length === 0) {
      return show('bad', data.textNoKeys, '', 'NO_KEYS');
    }
    const checked = await verifyTicket(code, kit, new Date());
    if (checked.answer !== 'CHECKED_IN') {
      return showAnswer(checked.answer);
    }
    const seen = read(store.seen, {});
    const registrationId = checked.payload.registrationId;
    if (seen[registrationId]) {
      return showAnswer('ALREADY_CHECKED_IN', null, seen[registrationId]);
    }
    remember(registrationId, scannedAt);
    const queue = read(store.queue, []);
    queue.push({ secretOrCode: code, nonce, deviceId, scannedAt });
    write(store.queue, queue);
    queueLine();
    showAnswer('CHECKED_IN', null, null, data.textQueued);
  }

  let uploading = false;

  async function upload() {
    const queue = read(store.queue, []);
    if (uploading || queue.length === 0) {
      return;
    }
    uploading = true;
    try {
      const batch = queue.slice(0, 500);
      let response;
      try {
        response = await post('/scans/offline', { scans: batch });
      } catch (offline) {
        network(false);
        return;
      }
      if (unreachable(response)) {
        network(false);
        return;
      }
      network(true);
      if (!response.ok) {
        if (signedOut(response)) {
          show('bad', data.textSignIn, '', 'SIGNED_OUT');
        }
        return;
      }
      const result = await response.json();
      const sent = new Set(batch.map(scan => scan.nonce));
      write(store.queue, read(store.queue, []).filter(scan => !sent.has(scan.nonce)));
      (result.results || []).filter(r => r.forced).forEach(disagreed);
    } finally {
      uploading = false;
      queueLine();
    }
  }

  function disagreed(result) {
    const section = document.getElementById('disagreements');
    const item = document.createElement('li');
    const [, text] = ANSWERS[result.wouldHaveRefused] || ANSWERS.UNKNOWN;
    item.textContent = data.textDisagreed.replace('{0}', result.attendeeName || result.registrationId || result.nonce)
      .replace('{1}', text.replace('{0}', result.firstCheckedInAt ? clock.format(new Date(result.firstCheckedInAt)) : '?'))
      .replace('{2}', clock.format(new Date(result.scannedAt)));
    document.getElementById('disagreement-list').appendChild(item);
    section.hidden = false;
  }

  async function refreshKeys() {
    try {
      const response = await fetch(data.keys, { headers: { 'Accept': 'application/json' }, redirect: 'manual' });
      if (!response.ok) {
        return;
      }
      const kit = await response.json();
      write(store.keys, kit);
      network(true);
    } catch (offline) {
      // Kept from before: the offline checks go on with what was fetched last.
    } finally {
      const kit = read(store.keys, null);
      if (kit && kit.keys && kit.keys.length > 0) {
        keysState.textContent = data.textKeysReady.replace('{0}', clock.format(new Date(kit.fetchedAt)))
          .replace('{1}', String(kit.revoked.length));
        keysState.dataset.ready = 'true';
      }
    }
  }

  // ---- The ticket, as events-service's TicketSecrets writes it -----------------------------------------------
  // base64url of: version byte 1, payload length (uint16 BE), signature length (uint16 BE), payload, Ed25519
  // signature. Payload: writeUTF ticketId, registrationId, congressId; uint8 session count, writeUTF each;
  // int64 validFrom and validUntil in epoch seconds (Long.MIN_VALUE: open).

  const looksLikeSecret = text => text.trim().length > 40;
  const OPEN = -(2n ** 63n);

  function base64(text, url) {
    let b64 = url ? text.replace(/-/g, '+').replace(/_/g, '/') : text;
    while (b64.length % 4) {
      b64 += '=';
    }
    const binary = atob(b64);
    return Uint8Array.from(binary, c => c.charCodeAt(0));
  }

  function parsePayload(bytes) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let at = 0;
    const text = () => {
      const length = view.getUint16(at);
      at += 2;
      const value = decoder.decode(bytes.subarray(at, at + length));
      at += length;
      return value;
    };
    const instant = () => {
      const seconds = view.getBigInt64(at);
      at += 8;
      return seconds === OPEN ? null : new Date(Number(seconds) * 1000);
    };
    const ticketId = text();
    const registrationId = text();
    const payloadCongress = text();
    const sessionIds = [];
    for (let count = view.getUint8(at++); count > 0; count--) {
      sessionIds.push(text());
    }
    const validFrom = instant();
    const validUntil = instant();
    if (at !== bytes.length) {
      throw new Error('bytes after the payload');
    }
    return { ticketId, registrationId, congressId: payloadCongress, sessionIds, validFrom, validUntil };
  }

  async function verifyTicket(secret, kit, now) {
    let raw;
    try {
      raw = base64(secret.trim(), true);
    } catch (e) {
      return { answer: 'UNKNOWN' };
    }
    if (raw.length < 5 || raw[0] !== 1) {
      return { answer: 'UNKNOWN' };
    }
    const header = new DataView(raw.buffer);
    const payloadLength = header.getUint16(1);
    const signatureLength = header.getUint16(3);
    if (signatureLength !== 64 || payloadLength === 0 || raw.length !== 5 + payloadLength + signatureLength) {
      return { answer: 'UNKNOWN' };
    }
    const payloadBytes = raw.slice(5, 5 + payloadLength);
    const signature = raw.slice(5 + payloadLength);
    let genuine = false;
    for (const publicKey of kit.keys) {
      try {
        const key = await crypto.subtle.importKey('spki', base64(publicKey, false), { name: 'Ed25519' }, false,
          ['verify']);
        if (await crypto.subtle.verify({ name: 'Ed25519' }, key, signature, payloadBytes)) {
          genuine = true;
          break;
        }
      } catch (e) {
        // A key this browser cannot read checks nothing; the next one may.
      }
    }
    if (!genuine) {
      return { answer: 'UNKNOWN' };
    }
    let payload;
    try {
      payload = parsePayload(payloadBytes);
    } catch (e) {
      return { answer: 'UNKNOWN' };
    }
    if (payload.congressId !== congressId) {
      return { answer: 'UNKNOWN' };
    }
    if ((kit.revoked || []).includes(payload.ticketId)) {
      return { answer: 'REVOKED', payload };
    }
    if ((payload.validFrom && now < payload.validFrom) || (payload.validUntil && now > payload.validUntil)) {
      return { answer: 'NOT_VALID_NOW', payload };
    }
    if (data.session && !payload.sessionIds.includes(data.session)) {
      return { answer: 'NOT_ON_LIST', payload };
    }
    return { answer: 'CHECKED_IN', payload };
  }

  // ---- The camera ---------------------------------------------------------------------------------------------

  let camera = null;
  let lastScan = { text: '', at: 0 };

  async function toggleCamera() {
    const reader = document.getElementById('reader');
    if (camera) {
      await camera.stop().catch(() => {});
      camera = null;
      reader.hidden = true;
      return;
    }
    if (typeof Html5Qrcode === 'undefined') {
      return show('bad', data.textCameraFailed, '', 'NO_CAMERA');
    }
    reader.hidden = false;
    camera = new Html5Qrcode('reader');
    try {
      await camera.start({ facingMode: 'environment' }, { fps: 10, qrbox: 250 }, text => {
        // The same code stays in front of the camera for a while: one scan, not ten a second.
        const now = Date.now();
        if (text === lastScan.text && now - lastScan.at < 3000) {
          return;
        }
        lastScan = { text, at: now };
        scan(text);
      });
    } catch (e) {
      camera = null;
      reader.hidden = true;
      show('bad', data.textCameraFailed, String(e), 'NO_CAMERA');
    }
  }

  // ---- Start ---------------------------------------------------------------------------------------------------

  document.getElementById('scan-form').addEventListener('submit', event => {
    event.preventDefault();
    const text = input.value;
    input.value = '';
    input.focus();
    scan(text);
  });
  document.getElementById('camera').addEventListener('click', toggleCamera);
  window.addEventListener('online', () => {
    network(true);
    refreshKeys();
    upload();
  });
  window.addEventListener('offline', () => network(false));
  // Events are not all there is (a captive Wi-Fi says "online"): the queue is tried again every few seconds.
  setInterval(upload, 5000);
  setInterval(refreshKeys, 60000);

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register(data.worker, { scope: data.scope }).then(() => navigator.serviceWorker.ready)
      .then(registration => {
        // What this screen needs to open again without a network: itself and its scripts and styles.
        const urls = [location.href]
          .concat(Array.from(document.querySelectorAll('link[rel=stylesheet], link[rel=manifest]'), l => l.href))
          .concat(Array.from(document.querySelectorAll('script[src]'), s => s.src));
        registration.active.postMessage({ cache: urls });
        screen.dataset.offlineReady = 'true';
      })
      .catch(() => {
        // Without a service worker the screen still works; it only cannot be opened again offline.
      });
  }
  network(navigator.onLine);
  queueLine();
  refreshKeys().then(upload);
})();
