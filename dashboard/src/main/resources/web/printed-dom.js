// Small DOM builders shared by the printed pages (report.html, compare.html), loaded before their own script.
'use strict';

/** A new element: its text (plain, never markup) and class when given. */
function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

/** A table row of [text, cell class] pairs. */
function row(cells, cls) {
  const tr = el('tr', undefined, cls);
  cells.forEach(([text, tdClass]) => tr.appendChild(el('td', text, tdClass)));
  return tr;
}
