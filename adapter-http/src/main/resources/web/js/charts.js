// Charts as inline SVG drawn from the data (no library, no network).
const NS = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== null && v !== undefined) node.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function niceMax(values) {
  const max = Math.max(0, ...values.filter((v) => v !== null && v !== undefined && !Number.isNaN(v)));
  if (max <= 100) return 100;
  const step = Math.pow(10, Math.floor(Math.log10(max)));
  return Math.ceil(max / step) * step;
}

/**
 * Horizontal grouped bars: one group per row ({key, label, values: [v0, v1…]}, null: not
 * available), one bar per series ({name, class}); a legend; an axis from 0 to max.
 */
export function barChart({ title, rows, series, format = (v) => String(v) }) {
  const labelWidth = 230, width = 760, barH = 9, gap = 8, top = 34, axisH = 22;
  const plotW = width - labelWidth - 50;
  const groupH = series.length * barH + gap;
  const height = top + rows.length * groupH + axisH;
  const max = niceMax(rows.flatMap((r) => r.values.map(Number)));
  const x = (v) => labelWidth + (plotW * Number(v)) / max;
  const root = svg('svg', { class: 'chart bar-chart', viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': title, preserveAspectRatio: 'xMinYMin meet' }, svg('title', {}, title));
  const legend = svg('g', { class: 'legend' });
  series.forEach((s, i) => {
    legend.append(svg('rect', { x: labelWidth + i * 220, y: 8, width: 14, height: 10, class: s.class }),
      svg('text', { x: labelWidth + i * 220 + 20, y: 17 }, s.name));
  });
  root.append(legend);
  for (let tick = 0; tick <= 4; tick++) {
    const v = (max * tick) / 4;
    root.append(svg('line', { x1: x(v), x2: x(v), y1: top - 4, y2: height - axisH, class: 'grid' }),
      svg('text', { x: x(v), y: height - 6, class: 'tick', 'text-anchor': 'middle' }, format(v)));
  }
  rows.forEach((r, i) => {
    const y0 = top + i * groupH;
    const group = svg('g', { class: 'bar-group', 'data-unit': r.key });
    group.append(svg('text', { x: labelWidth - 6, y: y0 + (series.length * barH) / 2 + 4, 'text-anchor': 'end',
      class: 'label' }, r.label.length > 34 ? r.label.slice(0, 33) + '…' : r.label));
    r.values.forEach((v, j) => {
      const y = y0 + j * barH;
      if (v === null || v === undefined) {
        group.append(svg('text', { x: labelWidth + 4, y: y + barH - 1, class: 'na' }, '—'));
        return;
      }
      group.append(svg('rect', { x: labelWidth, y, width: Math.max(1, x(v) - labelWidth), height: barH - 1,
        class: 'bar ' + series[j].class + (r.classes ? ' ' + (r.classes[j] || '') : '') },
        svg('title', {}, `${r.label} — ${series[j].name}: ${format(v)}`)));
    });
    root.append(group);
  });
  return root;
}

/**
 * One line per series over the x labels ({name, class, points: [{x, y}]}, y null: a gap), y from
 * 0 to max (100 for percentages); every point has a tooltip.
 */
export function lineChart({ title, xs, series, format = (v) => String(v) }) {
  const width = 640, height = 260, left = 48, right = 40, top = 34, bottom = 40;
  const plotW = width - left - right, plotH = height - top - bottom;
  const max = niceMax(series.flatMap((s) => s.points.map((p) => p.y)));
  const px = (i) => left + (xs.length <= 1 ? plotW / 2 : (plotW * i) / (xs.length - 1));
  const py = (v) => top + plotH - (plotH * Number(v)) / max;
  const root = svg('svg', { class: 'chart line-chart', viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': title }, svg('title', {}, title));
  series.forEach((s, i) => {
    root.append(svg('line', { x1: left + i * 170, x2: left + i * 170 + 18, y1: 13, y2: 13, class: 'series ' + s.class }),
      svg('text', { x: left + i * 170 + 24, y: 17, class: 'legend' }, s.name));
  });
  for (let tick = 0; tick <= 4; tick++) {
    const v = (max * tick) / 4;
    root.append(svg('line', { x1: left, x2: width - right, y1: py(v), y2: py(v), class: 'grid' }),
      svg('text', { x: left - 6, y: py(v) + 4, 'text-anchor': 'end', class: 'tick' }, format(v)));
  }
  xs.forEach((label, i) => root.append(svg('text', { x: px(i), y: height - bottom + 18, 'text-anchor': 'middle',
    class: 'tick' }, label)));
  for (const s of series) {
    const index = new Map(xs.map((label, i) => [label, i]));
    const pts = s.points.filter((p) => p.y !== null && p.y !== undefined && index.has(p.x))
      .map((p) => ({ ...p, i: index.get(p.x) })).sort((a, b) => a.i - b.i);
    if (pts.length > 1) {
      root.append(svg('polyline', { class: 'series ' + s.class, fill: 'none',
        points: pts.map((p) => `${px(p.i)},${py(p.y)}`).join(' ') }));
    }
    for (const p of pts) {
      root.append(svg('circle', { cx: px(p.i), cy: py(p.y), r: 4, class: 'point ' + s.class },
        svg('title', {}, `${s.name} — ${p.x}: ${format(p.y)}`)));
    }
  }
  return root;
}
