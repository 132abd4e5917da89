// What held each lab back, month by month: a band per lab coloured by its binding constraint.
import { monthLabel } from '../format.js';

export const CONSTRAINTS = [
  { key: 'data', label: 'data', color: '#e15759', text: 'its next run wants more unique human tokens than it can reach.' },
  { key: 'power_cap', label: 'power cap', color: '#f28e2b', text: 'its cluster is at its site\'s power cap.' },
  { key: 'build_rate', label: 'build rate', color: '#4e79a7', text: 'its cluster cannot grow its power faster (≈2x a year by default).' },
  { key: 'budget', label: 'budget', color: '#b07aa1', text: 'money runs out before the build rate or the power cap binds.' },
  { key: 'none', label: 'none', color: '#d9d9d9', text: 'nothing binds.' },
];

export function bindingChart(run) {
  const months = run.years.map(monthLabel);
  const labs = run.labs.map(l => l.name);
  const index = new Map(CONSTRAINTS.map((c, i) => [c.key, i]));
  const data = [];
  run.labs.forEach((l, y) => (l.binding || []).forEach((b, x) => data.push([x, y, index.has(b) ? index.get(b) : index.get('none')])));
  const option = {
    animation: false,
    title: { text: 'What held each lab back (binding constraint per month)', left: 8, top: 4, textStyle: { fontSize: 14, fontWeight: 600 } },
    grid: { left: 130, right: 30, top: 80, bottom: 70 },
    tooltip: {
      trigger: 'item', confine: true,
      formatter: p => { const c = CONSTRAINTS[p.value[2]]; return `<b>${labs[p.value[1]]}</b>, ${months[p.value[0]]}<br>${c.label}: ${c.text}`; },
    },
    xAxis: {
      type: 'category', data: months, name: 'year', nameLocation: 'middle', nameGap: 26, splitArea: { show: false },
      axisLabel: { interval: i => months[i].endsWith('-01'), formatter: v => v.slice(0, 4), hideOverlap: true },
      axisTick: { interval: i => months[i].endsWith('-01') },
    },
    yAxis: { type: 'category', data: labs, name: 'lab', inverse: true },
    visualMap: {
      type: 'piecewise', orient: 'horizontal', top: 34, left: 8, dimension: 2,
      pieces: CONSTRAINTS.map((c, i) => ({ value: i, label: c.label, color: c.color })),
    },
    dataZoom: [{ type: 'inside', xAxisIndex: 0 }, { type: 'slider', xAxisIndex: 0, height: 18, bottom: 8 }],
    series: [{ name: 'binding constraint', type: 'heatmap', data, progressive: 0 }],
  };
  const csv = {
    header: ['year', 'month', ...labs],
    rows: run.years.map((t, i) => [t, months[i], ...run.labs.map(l => (l.binding || [])[i])]),
  };
  return { option, csv };
}

// "2024-01 to 2029-07: build rate; from 2029-08: data"
export function bindingSummary(run, lab) {
  const months = run.years.map(monthLabel);
  const label = k => (CONSTRAINTS.find(c => c.key === k) || { label: k }).label;
  const parts = [];
  const b = lab.binding || [];
  let start = 0;
  for (let i = 1; i <= b.length; i++) {
    if (i === b.length || b[i] !== b[start]) {
      parts.push(i === b.length
        ? (start === 0 ? `throughout: ${label(b[start])}` : `from ${months[start]}: ${label(b[start])}`)
        : `${months[start]} to ${months[i - 1]}: ${label(b[start])}`);
      start = i;
    }
  }
  return parts.join('; ');
}
