// The view state lives in the address: page, preset|upload, repeated set=KEY=VALUE, ref (Compare).
export const PAGES = ['scenario', 'compare', 'uncertainty', 'why'];

export function parseState(search) {
  const q = new URLSearchParams(search);
  const page = PAGES.includes(q.get('page')) ? q.get('page') : 'scenario';
  const upload = q.get('upload') || null;
  const preset = upload ? null : (q.get('preset') || null);
  const sets = [];
  for (const s of q.getAll('set')) {
    const i = s.indexOf('=');
    if (i > 0) setOverride(sets, s.slice(0, i), s.slice(i + 1));
  }
  return { page, preset, upload, sets, ref: q.get('ref') };
}

// Replace or add an override, keeping first-seen order.
export function setOverride(sets, key, value) {
  const i = sets.findIndex(([k]) => k === key);
  if (i >= 0) sets[i] = [key, String(value)]; else sets.push([key, String(value)]);
}

export function removeOverride(sets, key) {
  const i = sets.findIndex(([k]) => k === key);
  if (i >= 0) sets.splice(i, 1);
}

// The scenario part only (what the API takes): preset or upload, then the overrides.
export function scenarioQuery(state) {
  const q = new URLSearchParams();
  if (state.upload) q.set('upload', state.upload); else if (state.preset) q.set('preset', state.preset);
  for (const [k, v] of state.sets) q.append('set', `${k}=${v}`);
  return q.toString();
}

// The reference state on Compare: explicit ref, else the same preset/upload without overrides.
export function referenceQuery(state) {
  if (state.ref) return state.ref;
  return scenarioQuery({ ...state, sets: [] });
}

export function addressQuery(state) {
  const q = new URLSearchParams();
  q.set('page', state.page);
  for (const [k, v] of new URLSearchParams(scenarioQuery(state))) q.append(k, v);
  if (state.ref) q.set('ref', state.ref);
  return q.toString();
}

export function writeAddress(state) {
  const url = `${location.pathname}?${addressQuery(state)}`;
  if (url !== location.pathname + location.search) history.replaceState(null, '', url);
}

// Overrides of a scenario query, as a Map key -> value.
export function overridesOf(query) {
  const m = new Map();
  for (const s of new URLSearchParams(query).getAll('set')) {
    const i = s.indexOf('=');
    if (i > 0) m.set(s.slice(0, i), s.slice(i + 1));
  }
  return m;
}

export function baseOf(query) {
  const q = new URLSearchParams(query);
  return q.get('upload') ? `upload ${q.get('upload')}` : (q.get('preset') || '');
}
