// The cascade planner: a district's children (GET /api/v1/units?parent=), their floors and
// weights entered here, POST /api/v1/cascade, the plan as a table and a chart, and whether the
// parent's target can be reached, in words.
import { getAll, postJson } from './api.js';
import { el, message, table } from './dom.js';
import { label, num, pct, t } from './i18n.js';
import { barChart } from './charts.js';
import { indicators } from './scoreboard.js';
import { visibleUnits } from './units.js';

// Seed 000, Article 2: wards 80 %, townships 60 %, communes 40 % (and district offices 40 %).
const DEFAULT_FLOORS = { WARD: 80, TOWNSHIP: 60, COMMUNE: 40, DISTRICT_OFFICE: 40, DISTRICT: 40, DEPARTMENT: 50 };

function numberField(id, text, value, attrs = {}) {
  return el('div', { class: 'field' }, el('label', { for: id, text }),
    el('input', { id, type: 'number', step: 'any', value, inputmode: 'decimal', ...attrs }));
}

export async function cascadePage(view, params) {
  const units = await visibleUnits();
  const parents = units.filter((u) => units.some((c) => c.parent === u.code) && u.kind !== 'PROVINCE');
  const chosen = params.get('parent') || (parents[0] && parents[0].code) || '';
  const list = await indicators();
  view.append(el('h2', { text: t('cas.title') }));
  const pick = el('form', { class: 'controls', id: 'cascade-parent' },
    el('div', { class: 'field' }, el('label', { for: 'parent', text: t('cas.parent') }),
      el('select', { id: 'parent' }, parents.map((u) => el('option', { value: u.code, selected: u.code === chosen }, u.name)))),
    el('button', { type: 'submit', text: t('cas.loadChildren') }));
  pick.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = '#/cascade?parent=' + encodeURIComponent(pick.querySelector('#parent').value);
  });
  view.append(pick);
  if (!params.get('parent')) return;
  const children = await getAll('/api/v1/units?parent=' + encodeURIComponent(chosen));
  if (children.length === 0) {
    view.append(message(t('cas.noChildren')));
    return;
  }
  const kinds = [...new Set(children.map((c) => c.kind))];
  const form = el('form', { id: 'cascade-form', class: 'cascade' },
    el('div', { class: 'controls' },
      el('div', { class: 'field' }, el('label', { for: 'cas-indicator', text: t('cas.indicator') }),
        el('select', { id: 'cas-indicator' }, list.filter((i) => i.measure === 'RATIO')
          .map((i) => el('option', { value: i.code, selected: i.code === 'ONLINE_RATE' }, i.code)))),
      numberField('cas-target', t('cas.target'), params.get('target') || '', { required: true, min: 0, max: 100 }),
      numberField('cas-granularity', t('cas.granularity'), '1', { min: 0 }),
      numberField('cas-cap', t('cas.cap'), '99', { min: 0, max: 100 })),
    el('fieldset', {}, el('legend', { text: t('cas.floors') }),
      el('div', { class: 'controls' }, kinds.map((k) => numberField('floor-' + k, label('kind', k), DEFAULT_FLOORS[k] ?? 0,
        { min: 0, max: 100, 'data-kind': k })))),
    table(t('cas.children'), [t('common.unit'), t('common.kind'), t('cas.weight'), t('cas.baseline')],
      children.map((c) => ({ attrs: { 'data-unit': c.code }, cells: [c.name, label('kind', c.kind),
        el('input', { type: 'number', step: 'any', min: 0, class: 'weight', required: true, 'aria-label': `${t('cas.weight')}: ${c.name}` }),
        el('input', { type: 'number', step: 'any', min: 0, max: 100, class: 'baseline', 'aria-label': `${t('cas.baseline')}: ${c.name}` })] }))),
    el('button', { type: 'submit', id: 'cascade-run', text: t('cas.run') }));
  const out = el('section', { id: 'cascade-plan', 'aria-live': 'polite' });
  view.append(form, out);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (sel) => { const v = form.querySelector(sel).value.trim(); return v === '' ? null : Number(v); };
    const floors = {};
    for (const input of form.querySelectorAll('input[data-kind]')) {
      if (input.value.trim() !== '') floors[input.dataset.kind] = Number(input.value);
    }
    const body = {
      parent: chosen,
      target: value('#cas-target'),
      policy: { indicator: form.querySelector('#cas-indicator').value, growth: 1, rounding: 'CEIL',
        granularity: value('#cas-granularity'), cap: value('#cas-cap'), floors },
      children: children.map((c) => {
        const row = form.querySelector(`tr[data-unit="${CSS.escape(c.code)}"]`);
        const baseline = row.querySelector('.baseline').value.trim();
        return { unit: c.code, weight: Number(row.querySelector('.weight').value),
          baseline: baseline === '' ? null : Number(baseline) };
      }),
    };
    out.replaceChildren(message(t('common.loading')));
    let plan;
    try {
      plan = await postJson('/api/v1/cascade', body);
    } catch (e) {
      out.replaceChildren(message(t('common.error') + ': ' + e.message, 'error'));
      return;
    }
    out.replaceChildren(el('h3', { text: t('cas.plan') }),
      message(plan.feasible ? t('cas.feasible', num(plan.achieved), num(plan.target), num(plan.delta))
        : t('cas.infeasible', num(plan.bestReachable), num(plan.target)), plan.feasible ? 'ok' : 'warn'),
      el('figure', { class: 'chart-box' }, barChart({ title: t('cas.chart'),
        series: [{ name: t('cas.floor'), class: 'floor' }, { name: t('common.target'), class: 'target' }],
        rows: plan.rows.map((r) => ({ key: r.unit, label: r.name || r.unit, values: [r.floor, r.target] })),
        format: (v) => num(v, 1) + '%' }), el('figcaption', { text: t('cas.chart') })),
      table(t('cas.plan'), [t('common.unit'), t('common.kind'), t('cas.weight'), t('cas.baseline'), t('cas.floor'),
        t('cas.base'), t('common.target')],
      plan.rows.map((r) => ({ attrs: { 'data-unit': r.unit }, cells: [r.name || r.unit, label('kind', r.kind),
        { text: num(r.weight, 0), class: 'num' }, { text: r.baseline === null ? '—' : pct(r.baseline), class: 'num' },
        { text: pct(r.floor), class: 'num' }, { text: pct(r.base), class: 'num' },
        { text: r.target === null ? '—' : pct(r.target), class: 'num target' }] })), { id: 'plan-table' }));
    out.scrollIntoView();
  });
}
