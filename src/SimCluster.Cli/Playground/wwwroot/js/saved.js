// Saved states (name + scenario query) in localStorage, offered as references on Compare.
const KEY = 'simcluster.saved';

export function savedStates() {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) || '[]');
    return Array.isArray(v) ? v.filter(s => s && typeof s.name === 'string' && typeof s.query === 'string') : [];
  } catch {
    return [];
  }
}

export function saveState(name, query) {
  const list = savedStates().filter(s => s.name !== name);
  list.push({ name, query });
  localStorage.setItem(KEY, JSON.stringify(list));
  return list;
}
