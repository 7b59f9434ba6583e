// The readable API page at /api/docs: static HTML and CSS plus one small script (served from its
// own URL, no inline script, no CDN) that fetches /api/openapi.json and renders it as a list.

/** The page; the script and stylesheet are same-origin files so the CSP needs no exceptions. */
export const DOCS_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>diplograph API</title>
<link rel="stylesheet" href="/api/docs/docs.css">
<script src="/api/docs/docs.js" defer></script>
</head>
<body>
<main id="docs"><h1>diplograph API</h1><p>Loading <a href="/api/openapi.json">/api/openapi.json</a>…</p></main>
</body>
</html>
`;

/** Plain styles. */
export const DOCS_CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 2rem;color:#222}
h2{margin-top:2rem;font-size:1.1rem}code{background:#f3f3f3;padding:0 .25rem;border-radius:3px}
.method{font-weight:700;color:#0a5}.op{border-top:1px solid #ddd;padding:.5rem 0}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid #eee;text-align:left;padding:.2rem .4rem;vertical-align:top}
.req{color:#b00}`;

/** The renderer: builds DOM nodes with textContent only (no innerHTML), so the document cannot inject markup. */
export const DOCS_JS = `'use strict';
(function () {
  function el(tag, text, cls) { var e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; }
  function schemaText(s) {
    if (!s) return '';
    if (s.enum) return s.enum.join(' | ');
    if (s.type === 'array' && s.items) return 'list of ' + schemaText(s.items);
    var t = Array.isArray(s.type) ? s.type.join(' | ') : (s.type || '');
    if (s.minimum != null || s.maximum != null) t += ' [' + (s.minimum != null ? s.minimum : '') + '..' + (s.maximum != null ? s.maximum : '') + ']';
    if (s.default != null) t += ', default ' + s.default;
    return t;
  }
  function render(doc) {
    var main = document.getElementById('docs');
    main.textContent = '';
    main.appendChild(el('h1', doc.info.title + ' ' + doc.info.version));
    main.appendChild(el('p', doc.info.description));
    Object.keys(doc.paths).forEach(function (path) {
      var item = doc.paths[path];
      Object.keys(item).forEach(function (method) {
        var op = item[method];
        var sec = el('section', null, 'op');
        var h = el('h2');
        h.appendChild(el('span', method.toUpperCase() + ' ', 'method'));
        h.appendChild(el('code', path));
        sec.appendChild(h);
        sec.appendChild(el('p', op.summary + (op.description ? ' — ' + op.description : '')));
        if (op.parameters && op.parameters.length) {
          var t = el('table');
          var head = el('tr');
          ['parameter', 'in', 'type', 'description'].forEach(function (x) { head.appendChild(el('th', x)); });
          t.appendChild(head);
          op.parameters.forEach(function (prm) {
            var r = el('tr');
            r.appendChild(el('td', prm.name + (prm.required ? ' *' : ''), prm.required ? 'req' : null));
            r.appendChild(el('td', prm.in));
            r.appendChild(el('td', schemaText(prm.schema)));
            r.appendChild(el('td', prm.description || ''));
            t.appendChild(r);
          });
          sec.appendChild(t);
        }
        var codes = Object.keys(op.responses || {}).map(function (c) { return c + ' ' + op.responses[c].description; });
        sec.appendChild(el('p', 'Responses: ' + codes.join('; ')));
        main.appendChild(sec);
      });
    });
  }
  fetch('/api/openapi.json').then(function (r) { return r.json(); }).then(render).catch(function (e) {
    document.getElementById('docs').appendChild(el('p', 'Could not load the API document: ' + e));
  });
})();
`;
