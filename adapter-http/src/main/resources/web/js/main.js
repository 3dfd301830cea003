// The dashboard: sign-in, language, navigation and the hash router (#/scoreboard, #/unit/CODE,
// #/decisions, #/decision/ID, #/cascade). The token lives in sessionStorage only.
import { signIn, signOut, token, whenUnauthorized } from './api.js';
import { el, clear, message } from './dom.js';
import { lang, setLang, t } from './i18n.js';
import { scoreboardPage } from './scoreboard.js';
import { unitPage } from './unit.js';
import { decisionsPage, decisionPage } from './decisions.js';
import { cascadePage } from './cascade.js';

const main = document.getElementById('main');
const signin = document.getElementById('signin');
let notice = '';

function translateStatic() {
  document.documentElement.lang = lang();
  document.title = t('app.title') + ' — chitieu';
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  const toggle = document.getElementById('lang-toggle');
  toggle.textContent = t('lang.switch');
  toggle.setAttribute('aria-label', t('lang.switchLabel'));
  toggle.setAttribute('lang', lang() === 'vi' ? 'en' : 'vi');
}

function showSignIn(message) {
  notice = message || '';
  document.getElementById('signin-message').textContent = notice;
  signin.hidden = false;
  main.hidden = true;
  document.getElementById('nav').hidden = true;
  document.getElementById('signout').hidden = true;
  document.getElementById('token').focus();
}

function showApp() {
  signin.hidden = true;
  main.hidden = false;
  document.getElementById('nav').hidden = false;
  document.getElementById('signout').hidden = false;
}

export function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = hash.split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').map(decodeURIComponent);
  for (const link of document.querySelectorAll('#nav a')) {
    const current = link.getAttribute('href').slice(2) === (parts[0] === 'decision' ? 'decisions' : parts[0] || 'scoreboard');
    if (current) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }
  if (!token()) {
    showSignIn(notice);
    return;
  }
  showApp();
  clear(main);
  const view = el('div', { class: 'view' });
  main.append(view);
  const page = { unit: () => unitPage(view, parts[1]), decisions: () => decisionsPage(view, params),
    decision: () => decisionPage(view, parts[1]), cascade: () => cascadePage(view, params) }[parts[0]]
    || (() => scoreboardPage(view, params));
  return page().catch((e) => {
    if (e.status === 401) return; // the sign-in form is back, with its message
    view.append(message(e.status === 403 ? t('common.forbidden') : t('common.error') + ': ' + e.message, 'error'));
  });
}

whenUnauthorized(() => showSignIn(t('signin.expired')));

document.getElementById('signin-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = document.getElementById('token');
  const value = input.value.trim();
  input.value = '';
  if (!value) return;
  signIn(value);
  notice = '';
  document.getElementById('signin-message').textContent = '';
  route();
  main.focus();
});

document.getElementById('signout').addEventListener('click', () => {
  signOut();
  notice = '';
  showSignIn('');
});

document.getElementById('lang-toggle').addEventListener('click', () => {
  setLang(lang() === 'vi' ? 'en' : 'vi');
  translateStatic();
  if (token()) route();
});

window.addEventListener('hashchange', route);
translateStatic();
route();
