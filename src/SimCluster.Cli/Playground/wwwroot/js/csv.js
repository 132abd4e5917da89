// CSV built in the browser from exactly what a chart plots.
function cell(v) {
  if (v == null || (typeof v === 'number' && !Number.isFinite(v))) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header, rows) {
  return [header, ...rows].map(r => r.map(cell).join(',')).join('\n') + '\n';
}

// Point a link at a fresh CSV blob (revoking the previous one).
export function setCsvLink(a, filename, header, rows) {
  if (a.dataset.url) URL.revokeObjectURL(a.dataset.url);
  const url = URL.createObjectURL(new Blob([toCsv(header, rows)], { type: 'text/csv' }));
  a.dataset.url = url;
  a.href = url;
  a.download = filename;
}
