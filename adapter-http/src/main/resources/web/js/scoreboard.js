// The scoreboard: one indicator and period, the table with colour bands, a bar chart of target
// and actual per unit, downloads as CSV and xlsx.
import { download, getJson } from './api.js';
import { el, message, table } from './dom.js';
import { label, lang, num, pct, t } from './i18n.js';
import { barChart } from './charts.js';

let catalogue = null;

export async function indicators() {
  if (!catalogue) catalogue = await getJson('/api/v1/indicators/catalogue');
  return catalogue;
}

export function indicatorName(list, code) {
  const found = list.find((i) => i.code === code);
  return found ? (lang() === 'en' ? found.nameEn : found.nameVi) : code;
}

/** met, near (less than 5 points short), below, or na (no value); none when there is no target. */
export function band(row) {
  if (row.value === null || row.value === undefined) return 'na';
  if (row.target === null || row.target === undefined) return 'none';
  if (row.met) return 'met';
  return row.gapPoints !== null && Number(row.gapPoints) >= -5 ? 'near' : 'below';
}

export async function scoreboardPage(view, params) {
  const list = await indicators();
  const indicator = params.get('indicator') || 'ON_TIME_RATE';
  const period = params.get('period') || '';
  const form = el('form', { class: 'controls', id: 'score-form' },
    el('div', { class: 'field' },
      el('label', { for: 'indicator', text: t('common.indicator') }),
      el('select', { id: 'indicator' }, list.map((i) => el('option', { value: i.code, selected: i.code === indicator },
        (lang() === 'en' ? i.nameEn : i.nameVi))))),
    el('div', { class: 'field' },
      el('label', { for: 'period', text: t('common.period') }),
      el('input', { id: 'period', value: period, required: true, pattern: '\\d{4}(-(H[12]|Q[1-4]|\\d{2}))?',
        'aria-describedby': 'period-help', inputmode: 'text', autocomplete: 'off', size: 10 }),
      el('small', { id: 'period-help', text: t('score.periodHelp') })),
    el('button', { type: 'submit', id: 'score-show', text: t('common.show') }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = new URLSearchParams({ indicator: form.querySelector('#indicator').value,
      period: form.querySelector('#period').value.trim() });
    location.hash = '#/scoreboard?' + q;
  });
  view.append(el('h2', { text: t('score.title') }), form);
  if (!period) return;
  const result = el('section', { id: 'scoreboard', 'aria-live': 'polite' }, message(t('common.loading')));
  view.append(result);
  const query = new URLSearchParams({ indicator, period });
  let board;
  try {
    board = await getJson('/api/v1/scoreboard?' + query);
  } catch (e) {
    result.replaceChildren(message(t('common.error') + ': ' + e.message, 'error'));
    return;
  }
  const name = indicatorName(list, indicator);
  result.replaceChildren();
  if (board.rows.length === 0) {
    result.append(message(t('score.empty')));
    return;
  }
  const totals = board.totals;
  result.append(el('h3', { text: `${name} — ${period}` }),
    el('p', { class: 'summary', text: t('score.summary', totals.rows, totals.met, totals.notMet, totals.notAvailable) }),
    el('ul', { class: 'bands', 'aria-label': t('score.flags') },
      ['met', 'near', 'below', 'na'].map((b) => el('li', { class: 'band-' + b, text: t('band.' + b) }))),
    el('div', { class: 'downloads' },
      el('button', { type: 'button', id: 'download-csv', text: t('score.csv'),
        onclick: () => download('/api/v1/scoreboard?' + query + '&format=csv' + (lang() === 'vi' ? '&csvStyle=excel' : ''), `scoreboard-${indicator}-${period}.csv`) }),
      el('button', { type: 'button', id: 'download-xlsx', text: t('score.xlsx'),
        onclick: () => download('/api/v1/scoreboard?' + query + '&format=xlsx', `scoreboard-${indicator}-${period}.xlsx`) })));
  const headers = [t('score.rank'), t('common.unit'), t('common.kind'), t('common.value'), t('common.target'),
    t('score.met'), t('score.gap'), t('score.needed'), t('score.flags')];
  const rows = board.rows.map((r) => {
    const b = band(r);
    return {
      attrs: { class: 'band-' + b, 'data-unit': r.unit },
      cells: [
        { text: r.rank === null ? '—' : t('score.rankOf', r.rank, r.rankOf), class: 'num rank' },
        el('a', { href: '#/unit/' + encodeURIComponent(r.unit), text: r.name }),
        label('kind', r.kind),
        { text: pct(r.value), class: 'num value', attrs: { 'data-value': r.value ?? '' } },
        { text: r.target === null ? '—' : pct(r.target), class: 'num target', attrs: { 'data-value': r.target ?? '' } },
        { text: r.met === null ? '—' : (b === 'near' ? t('band.near') : r.met ? t('common.yes') : t('common.no')), class: 'met' },
        { text: r.gapPoints === null ? '—' : num(r.gapPoints), class: 'num gap' },
        { text: r.dossiersNeeded === null ? '—' : num(r.dossiersNeeded, 0), class: 'num needed' },
        { text: r.flags.map((f) => label('flag', f)).join('; '), class: 'flags' },
      ],
    };
  });
  result.append(table(`${name} — ${period}`, headers, rows, { id: 'score-table' }));
  result.append(el('figure', { class: 'chart-box' },
    barChart({ title: t('score.chart'),
      series: [{ name: t('score.chartActual'), class: 'actual' }, { name: t('score.chartTarget'), class: 'target' }],
      rows: board.rows.map((r) => ({ key: r.unit, label: r.name, values: [r.value, r.target], classes: ['band-' + band(r), ''] })),
      format: (v) => num(v, 1) + '%' }),
    el('figcaption', { text: t('score.chart') })));
}
