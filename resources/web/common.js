/* forumdesk phone pages: what both pages share.
   - strings in the phone's language, else the forum's (one i18n/<lang>.json, cached offline), a
     remembered language switch, plurals and numbers by Intl, right to left for Arabic
   - a DOM builder that only ever inserts text with textContent (never innerHTML)
   - a screen-reader announcer and a uuid4 that works outside secure contexts
   Plain ES2017, no build step, no framework. */
(function () {
  'use strict';

  var NAMES = { en: 'English', fr: 'Français', es: 'Español', de: 'Deutsch', ar: 'العربية' };
  var SUPPORTED = Object.keys(NAMES);
  var RTL = ['ar'];
  var CHOSEN_KEY = 'fd:lang';
  var strings = {};
  var language = 'en';
  var plurals = null;
  var numbers = null;

  // The switch's choice, else the phone's first language the page has.
  function pickLanguage() {
    var chosen = storageGet(CHOSEN_KEY);
    if (chosen && SUPPORTED.indexOf(chosen) >= 0) return chosen;
    var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
    for (var i = 0; i < wanted.length; i++) {
      var primary = String(wanted[i] || '').toLowerCase().split('-')[0];
      if (SUPPORTED.indexOf(primary) >= 0) return primary;
    }
    return null;
  }

  function storageGet(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }

  function storageSet(key, value) {
    try { window.localStorage.setItem(key, value); return true; } catch (e) { return false; }
  }

  function loadTable(lang) {
    var cacheKey = 'fd:i18n:' + lang;
    return request('/static/i18n/' + lang + '.json', { cache: 'no-cache' }, 8000)
      .then(function (res) {
        if (res.status !== 200 || !res.data) throw new Error('HTTP ' + res.status);
        return res.data;
      })
      .then(function (table) {
        storageSet(cacheKey, JSON.stringify(table));
        return table;
      })
      .catch(function () {
        // Offline or the laptop restarting: use the copy saved on a previous visit.
        var cached = storageGet(cacheKey);
        try { return cached ? JSON.parse(cached) : {}; } catch (e) { return {}; }
      });
  }

  /** Load the phone's language, else the forum's, else English; translate; add the switch. */
  function loadStrings(state) {
    var own = pickLanguage();
    return (own || !state ? Promise.resolve(own) : request(state).then(function (r) {
      return r.data && r.data.forum && r.data.forum.language;
    }, function () {})).then(function (lang) {
      language = SUPPORTED.indexOf(lang) >= 0 ? lang : 'en';
      return loadTable(language);
    }).then(function (table) {
      if (Object.keys(table).length || language === 'en') return table;
      language = 'en';
      return loadTable('en');
    }).then(function (table) {
      strings = table;
      try {
        plurals = new Intl.PluralRules(language);
        numbers = new Intl.NumberFormat(language);
      } catch (e) { plurals = numbers = null; }
      var root = document.documentElement;
      root.lang = language;
      root.dir = RTL.indexOf(language) >= 0 ? 'rtl' : 'ltr';
      translateStatic(document);
      addSwitch();
      return language;
    });
  }

  // The switch in the top bar: kept on the phone, the page reloads in it.
  function addSwitch() {
    var bar = document.querySelector('.topbar-inner');
    if (!bar || document.getElementById('lang-switch')) return;
    var select = el('select', { id: 'lang-switch', 'class': 'lang-switch', 'aria-label': t('language') },
      SUPPORTED.map(function (code) {
        return el('option', { value: code, lang: code, selected: code === language, text: NAMES[code] });
      }));
    select.addEventListener('change', function () {
      storageSet(CHOSEN_KEY, select.value);
      window.location.reload();
    });
    bar.appendChild(select);
  }

  function formatNumber(value) {
    return numbers && typeof value === 'number' ? numbers.format(value) : String(value);
  }

  /** A translated string; {name} placeholders are replaced by vars.name. */
  function t(key, vars) {
    var text = Object.prototype.hasOwnProperty.call(strings, key) ? strings[key] : key;
    if (vars) {
      text = text.replace(/\{(\w+)\}/g, function (whole, name) {
        return Object.prototype.hasOwnProperty.call(vars, name) ? formatNumber(vars[name]) : whole;
      });
    }
    return text;
  }

  // A refusal {error, code} (docs/api.md §8) in the phone's words, else the server's.
  function refusal(data) {
    if (!data) return '';
    if (typeof data.code === 'string' && Object.prototype.hasOwnProperty.call(strings, 'err_code_' + data.code)) {
      return strings['err_code_' + data.code];
    }
    return typeof data.error === 'string' ? data.error : '';
  }

  /** key_<Intl.PluralRules category of n>, else key_other. */
  function tn(key, n, vars) {
    var category = plurals ? plurals.select(n) : (n === 1 ? 'one' : 'other');
    var all = Object.assign({ n: n }, vars || {});
    var wanted = key + '_' + category;
    return t(Object.prototype.hasOwnProperty.call(strings, wanted) ? wanted : key + '_other', all);
  }

  /** Elements marked data-i18n="key" get their text; data-i18n-attr="attr:key;attr:key" their attributes. */
  function translateStatic(root) {
    var nodes = root.querySelectorAll('[data-i18n]');
    for (var i = 0; i < nodes.length; i++) {
      var key = nodes[i].getAttribute('data-i18n');
      if (Object.prototype.hasOwnProperty.call(strings, key)) nodes[i].textContent = strings[key];
    }
    var withAttrs = root.querySelectorAll('[data-i18n-attr]');
    for (var j = 0; j < withAttrs.length; j++) {
      var pairs = withAttrs[j].getAttribute('data-i18n-attr').split(';');
      for (var k = 0; k < pairs.length; k++) {
        var parts = pairs[k].split(':');
        if (parts.length === 2 && Object.prototype.hasOwnProperty.call(strings, parts[1])) {
          withAttrs[j].setAttribute(parts[0], strings[parts[1]]);
        }
      }
    }
    if (root.documentElement && root.documentElement.hasAttribute('data-title')) {
      document.title = t(root.documentElement.getAttribute('data-title'));
    }
  }

  /** el('p', {class: 'x'}, ['text', childNode]) — strings become text nodes, so nothing is parsed as HTML. */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (name) {
        var value = attrs[name];
        if (value === null || value === undefined || value === false) return;
        if (name === 'text') node.textContent = value;
        else if (name.slice(0, 2) === 'on' && typeof value === 'function') node.addEventListener(name.slice(2), value);
        else node.setAttribute(name, value === true ? '' : String(value));
      });
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    if (children === null || children === undefined) return node;
    if (!Array.isArray(children)) children = [children];
    children.forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      node.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  var announceTimer = null;
  /** Say something to screen readers through the page's polite live region. */
  function announce(message) {
    var region = document.getElementById('announcer');
    if (!region) return;
    // Emptying first makes a repeated sentence ("Sent") be read again.
    region.textContent = '';
    if (announceTimer) clearTimeout(announceTimer);
    announceTimer = setTimeout(function () { region.textContent = message; }, 60);
  }

  function hex(bytes) {
    var out = '';
    for (var i = 0; i < bytes.length; i++) out += (bytes[i] + 0x100).toString(16).slice(1);
    return out;
  }

  /** A random uuid4. crypto.randomUUID only exists in secure contexts, and the phone page is
      served over plain http on the LAN, so build one from getRandomValues when it is missing. */
  function uuid4() {
    var c = window.crypto || window.msCrypto;
    if (c && typeof c.randomUUID === 'function') {
      try { return c.randomUUID(); } catch (e) { /* fall through */ }
    }
    var b = new Uint8Array(16);
    if (c && typeof c.getRandomValues === 'function') c.getRandomValues(b);
    else for (var i = 0; i < 16; i++) b[i] = Math.floor(Math.random() * 256);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = hex(b);
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  /** fetch with a time limit: a request stuck on a dead Wi-Fi link fails after `timeoutMs`
      (default 10 s) so the caller can retry. Resolves to {status, headers, data} (JSON or null). */
  function request(url, options, timeoutMs) {
    var opts = Object.assign({ credentials: 'same-origin' }, options || {});
    var ctrl = window.AbortController ? new AbortController() : null;
    var timer = null;
    if (ctrl) {
      opts.signal = ctrl.signal;
      timer = setTimeout(function () { ctrl.abort(); }, timeoutMs || 10000);
    }
    var done = function () { if (timer) clearTimeout(timer); };
    return fetch(url, opts).then(function (res) {
      // The limit also covers reading the body, which can stall as well.
      return res.json().catch(function () { return null; }).then(function (data) {
        done();
        return { status: res.status, headers: res.headers, data: data };
      });
    }).catch(function (err) { done(); throw err; });
  }

  /** Join codes: case and spaces do not matter. */
  function normaliseCode(text) {
    return String(text || '').replace(/\s+/g, '').toUpperCase();
  }

  // Show focus rings for keyboard users on browsers without :focus-visible.
  try { document.querySelector(':focus-visible'); } catch (e) { document.documentElement.className += ' js-focus'; }

  window.FD = {
    t: t,
    tn: tn,
    refusal: refusal,
    el: el,
    append: append,
    clear: clear,
    announce: announce,
    uuid4: uuid4,
    loadStrings: loadStrings,
    language: function () { return language; },
    storageGet: storageGet,
    storageSet: storageSet,
    normaliseCode: normaliseCode,
    request: request
  };
})();
