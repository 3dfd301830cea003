// The units the caller may see, read once per page load, to show names instead of codes.
import { getAll } from './api.js';

let cache = null;

export async function visibleUnits() {
  if (!cache) cache = getAll('/api/v1/units').catch((e) => { cache = null; throw e; });
  return cache;
}

export async function unitNames() {
  return new Map((await visibleUnits()).map((u) => [u.code, u.name]));
}
