// A unit's page: every indicator over the periods on record (a line chart each) and its targets.
import { ApiError, getJson } from './api.js';
import { el, message, table } from './dom.js';
import { label, num, pct, t } from './i18n.js';
import { lineChart } from './charts.js';
import { byPeriod, within } from './periods.js';
import { indicatorName, indicators } from './scoreboard.js';

export async function unitPage(view, code) {
  let data;
  const list = await indicators();
  try {
    data = await getJson('/api/v1/units/' + encodeURIComponent(code) + '/results');
  } catch (e) {
    view.append(message(e instanceof ApiError && e.status === 403 ? t('common.forbidden')
      : e instanceof ApiError && e.status === 404 ? t('common.notFound') : t('common.error') + ': ' + e.message, 'error'));
    return;
  }
  const unit = data.unit;
  view.append(el('h2', { id: 'unit-name', text: unit.name }),
    el('p', { class: 'summary', text: `${label('kind', unit.kind)} · ${unit.code}` }),
    el('h3', { text: t('unit.title') }));
  const codes = [...new Set([...data.results.map((r) => r.indicator), ...data.targets.map((x) => x.indicator)])];
  if (data.results.length === 0) view.append(message(t('unit.noResults')));
  for (const indicator of codes) {
    const results = data.results.filter((r) => r.indicator === indicator);
    if (results.length === 0) continue;
    const targets = data.targets.filter((x) => x.indicator === indicator);
    const xs = [...new Set(results.map((r) => r.period))].sort(byPeriod);
    const targetAt = (p) => {
      const covering = targets.filter((x) => within(p, x.period)).sort((a, b) => byPeriod(b.period, a.period));
      return covering.length ? covering[0].target : null;
    };
    const name = indicatorName(list, indicator);
    const count = (list.find((i) => i.code === indicator) || {}).measure === 'COUNT';
    const show = (v) => (count ? (v === null || v === undefined ? t('common.na') : num(v)) : pct(v));
    view.append(el('section', { class: 'indicator', 'data-indicator': indicator },
      el('h4', { text: name }),
      el('figure', { class: 'chart-box' },
        lineChart({ title: `${t('unit.chart')} — ${name}`, xs,
          series: [
            { name: t('common.value'), class: 'actual', points: results.map((r) => ({ x: r.period, y: r.value })) },
            { name: t('common.target'), class: 'target', points: xs.map((p) => ({ x: p, y: targetAt(p) })) },
          ],
          format: (v) => (count ? num(v, 0) : num(v, 1) + '%') }),
        el('figcaption', { text: `${t('unit.chart')} — ${name}` })),
      table(t('unit.results') + ' — ' + name, [t('common.period'), t('common.value'), t('unit.numerator'), t('unit.denominator'), t('common.target')],
        xs.map((p) => {
          const r = results.find((x) => x.period === p);
          const target = targetAt(p);
          return [p, { text: show(r.value), class: 'num' }, { text: num(r.numerator, 0), class: 'num' },
            { text: num(r.denominator, 0), class: 'num' }, { text: target === null ? '—' : show(target), class: 'num' }];
        }))));
  }
  view.append(el('h3', { text: t('unit.targets') }));
  if (data.targets.length === 0) {
    view.append(message(t('unit.noTargets')));
    return;
  }
  view.append(table(t('unit.targets'), [t('common.indicator'), t('common.period'), t('common.target'), t('unit.decision'), t('common.reason')],
    data.targets.map((x) => [indicatorName(list, x.indicator), x.period, { text: pct(x.target), class: 'num' },
      el('a', { href: '#/decision/' + encodeURIComponent(x.decision), text: x.number || t('dec.draftNumber') }),
      x.reason || ''])));
}
