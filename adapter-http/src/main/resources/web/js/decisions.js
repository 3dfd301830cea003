// Decisions: the list of a year (GET /api/v1/decisions?year=, when the server has it) and one
// decision with its assignments (GET /api/v1/decisions/{id}).
import { ApiError, getJson } from './api.js';
import { el, message, table } from './dom.js';
import { pct, t } from './i18n.js';
import { indicatorName, indicators } from './scoreboard.js';
import { unitNames } from './units.js';

function openForm() {
  const form = el('form', { class: 'controls', id: 'decision-open' },
    el('div', { class: 'field' }, el('label', { for: 'decision-id', text: t('dec.openId') }),
      el('input', { id: 'decision-id', required: true, autocomplete: 'off', size: 38 })),
    el('button', { type: 'submit', text: t('dec.open') }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = '#/decision/' + encodeURIComponent(form.querySelector('#decision-id').value.trim());
  });
  return form;
}

export async function decisionsPage(view, params) {
  const year = params.get('year') || '';
  const form = el('form', { class: 'controls', id: 'decision-year' },
    el('div', { class: 'field' }, el('label', { for: 'year', text: t('dec.year') }),
      el('input', { id: 'year', type: 'number', min: 1990, max: 2100, value: year, inputmode: 'numeric' })),
    el('button', { type: 'submit', text: t('common.show') }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const y = form.querySelector('#year').value.trim();
    location.hash = '#/decisions' + (y ? '?year=' + encodeURIComponent(y) : '');
  });
  view.append(el('h2', { text: t('dec.title') }), form);
  const list = el('section', { id: 'decision-list' }, message(t('common.loading')));
  view.append(list);
  let decisions;
  try {
    const page = await getJson('/api/v1/decisions' + (year ? '?year=' + encodeURIComponent(year) : ''));
    decisions = Array.isArray(page) ? page : page.items;
    if (!Array.isArray(decisions)) throw new ApiError(404, null);
  } catch (e) {
    list.replaceChildren(message(e instanceof ApiError && [404, 405, 501].includes(e.status) ? t('dec.listMissing')
      : t('common.error') + ': ' + e.message, e.status === 404 ? 'info' : 'error'), openForm());
    return;
  }
  const names = await unitNames().catch(() => new Map());
  list.replaceChildren(decisions.length === 0 ? message(t('dec.empty')) : table(t('dec.title'),
    [t('dec.number'), t('dec.titleCol'), t('dec.issuer'), t('dec.year'), t('dec.status')],
    decisions.map((d) => [
      el('a', { href: '#/decision/' + encodeURIComponent(d.id), text: d.number || t('dec.draftNumber') }),
      d.title, names.get(d.issuer) || d.issuer, String(d.year), t('status.' + d.status)])), openForm());
}

export async function decisionPage(view, id) {
  view.append(el('p', {}, el('a', { href: '#/decisions', text: '← ' + t('dec.back') })));
  let d;
  try {
    d = await getJson('/api/v1/decisions/' + encodeURIComponent(id));
  } catch (e) {
    view.append(message(e.status === 404 ? t('common.notFound') : e.status === 403 ? t('common.forbidden')
      : t('common.error') + ': ' + e.message, 'error'));
    return;
  }
  const [names, list] = await Promise.all([unitNames().catch(() => new Map()), indicators()]);
  view.append(el('h2', { id: 'decision-title', text: d.title }),
    el('dl', { class: 'facts' },
      el('dt', { text: t('dec.number') }), el('dd', { text: d.number || t('dec.draftNumber') }),
      el('dt', { text: t('dec.issuer') }), el('dd', { text: names.get(d.issuer) || d.issuer }),
      el('dt', { text: t('dec.year') }), el('dd', { text: String(d.year) }),
      el('dt', { text: t('dec.status') }), el('dd', { text: t('status.' + d.status) }),
      d.signer ? [el('dt', { text: t('dec.signer') }), el('dd', { text: d.signer })] : null,
      d.signedOn ? [el('dt', { text: t('dec.signedOn') }), el('dd', { text: d.signedOn })] : null),
    table(t('dec.assignments'), [t('common.unit'), t('common.indicator'), t('common.period'), t('common.target'), t('common.reason')],
      d.assignments.map((a) => [
        el('a', { href: '#/unit/' + encodeURIComponent(a.unit), text: names.get(a.unit) || a.unit }),
        indicatorName(list, a.indicator), a.period, { text: pct(a.target), class: 'num' }, a.reason || ''])));
}
