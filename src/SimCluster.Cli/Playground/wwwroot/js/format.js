// Number and date formatting shared by charts, tables and controls.

// A step ending at decimal year t is month round(t*12); "2030-12" is the step ending December 2030.
export function monthLabel(t) {
  if (t == null || !Number.isFinite(t)) return '';
  const m = Math.round(t * 12);
  return `${Math.floor((m - 1) / 12)}-${String(((m - 1) % 12 + 12) % 12 + 1).padStart(2, '0')}`;
}

// Months between two "YYYY-MM" labels (b − a), or null.
export function monthsBetween(a, b) {
  if (!a || !b) return null;
  const [ya, ma] = a.split('-').map(Number);
  const [yb, mb] = b.split('-').map(Number);
  return (yb - ya) * 12 + (mb - ma);
}

// Axis ticks: whole years as "2030"; fractional ticks (when zoomed in) as months.
export function yearTick(v) {
  return Math.abs(v - Math.round(v)) < 1e-6 ? String(Math.round(v)) : monthLabel(v);
}

const SUFFIX = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'k']];

// Compact human number: 3 significant digits, engineering suffix up to T, scientific beyond.
export function fmt(v, digits = 3) {
  if (v == null || !Number.isFinite(v)) return '–';
  const a = Math.abs(v);
  if (a === 0) return '0';
  if (a >= 1e15 || a < 1e-3) return v.toExponential(digits - 1).replace('e+', 'e');
  for (const [s, n] of SUFFIX) if (a >= s) return `${+(v / s).toPrecision(digits)}${n}`;
  return String(+v.toPrecision(digits));
}

// Axis labels on log axes: powers of ten as 1e24.
export function axisNumber(v) {
  if (v == null || !Number.isFinite(v)) return '';
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e5 || a < 1e-2)) {
    const e = Math.floor(Math.log10(a) + 1e-9);
    return `${+(v / 10 ** e).toPrecision(3)}e${e}`; // 2.5e30 stays 2.5e30 on linear axes
  }
  return String(+v.toPrecision(4));
}

export function withUnit(v, unit) {
  const s = fmt(v);
  if (!unit || s === '–') return s;
  return unit === '%' ? `${s}%` : `${s} ${unit}`;
}

export function escapeHtml(s) {
  return String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}
