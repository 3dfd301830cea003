// Small helpers to build the pages from DOM nodes (no innerHTML of data: names are text).
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
  return node;
}

/** A table with a caption, header texts and rows of cells (a cell: text, a node, or {text, class, attrs}). */
export function table(caption, headers, rows, attrs = {}) {
  return el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption },
    el('table', attrs,
      el('caption', { text: caption }),
      el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, rows.map((cells) => el('tr', cells.attrs || {}, (cells.cells || cells).map(cell)))),
    ));
}

function cell(c) {
  if (c instanceof Node) return el('td', {}, c);
  if (c && typeof c === 'object') return el('td', { class: c.class, ...(c.attrs || {}) }, c.node || c.text);
  return el('td', { text: c ?? '' });
}

export function message(text, kind = 'info') {
  return el('p', { class: 'message ' + kind, role: kind === 'error' ? 'alert' : 'status', text });
}
