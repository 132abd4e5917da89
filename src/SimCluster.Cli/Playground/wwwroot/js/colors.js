// One fixed colour per lab, the same on every chart and page. Known strategy labs have their own;
// other labs take the next free palette colour in the order they are first seen (runs list labs in a
// fixed order, so an address always gives the same colours).
const KNOWN = {
  'real-data-heavy': '#1f77b4',
  'balanced': '#2ca02c',
  'simulation-heavy': '#d62728',
  'adaptive': '#9467bd',
};
const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf',
  '#bcbd22', '#7f7f7f', '#393b79', '#637939', '#8c6d31', '#843c39', '#7b4173'];
const assigned = new Map(Object.entries(KNOWN));

export function registerLabs(names) {
  for (const n of names) labColor(n);
}

export function labColor(name) {
  if (!assigned.has(name)) {
    const used = new Set(assigned.values());
    const free = PALETTE.find(c => !used.has(c)) ?? PALETTE[assigned.size % PALETTE.length];
    assigned.set(name, free);
  }
  return assigned.get(name);
}

export const FRONTIER_COLOR = '#444';
