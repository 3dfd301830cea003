// Calls of the chitieu API with the token kept in sessionStorage (never in the URL, never in
// localStorage). A 401 forgets the token and shows the sign-in form again.
import { lang } from './i18n.js';

const TOKEN_KEY = 'chitieu.token';

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
    this.status = status;
    this.problem = problem;
  }
}

let onUnauthorized = () => {};

export function whenUnauthorized(handler) {
  onUnauthorized = handler;
}

export function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function signIn(value) {
  sessionStorage.setItem(TOKEN_KEY, value);
}

export function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
}

async function send(method, path, body, accept) {
  // the problem details of a refusal come in the dashboard's language
  const headers = { Authorization: 'Bearer ' + token(), Accept: accept || 'application/json', 'Accept-Language': lang() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'omit',
    cache: 'no-store',
  });
  if (response.status === 401) {
    signOut();
    onUnauthorized();
    throw new ApiError(401, null);
  }
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch (e) { /* not problem+json */ }
    throw new ApiError(response.status, problem);
  }
  return response;
}

export async function getJson(path) {
  return (await send('GET', path)).json();
}

export async function postJson(path, body) {
  return (await send('POST', path, body)).json();
}

/** Downloads {@code path} with the token and saves it as {@code filename} (a link cannot carry the header). */
export async function download(path, filename) {
  const blob = await (await send('GET', path, undefined, '*/*')).blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Every item of a paged list ({@code items,total}), 1000 at a time. */
export async function getAll(path) {
  const items = [];
  const sep = path.includes('?') ? '&' : '?';
  for (let offset = 0; ; offset += 1000) {
    const page = await getJson(path + sep + 'offset=' + offset + '&limit=1000');
    const list = Array.isArray(page) ? page : page.items;
    items.push(...list);
    if (Array.isArray(page) || items.length >= page.total || list.length === 0) return items;
  }
}
