// What held each lab back, month by month: a band per lab coloured by its binding constraint.
import { monthLabel } from '../format.js';
import { dataZoom, title, xRange, yearAxis } from './common.js';

export const CONSTRAINTS = [
  { key: 'data', label: 'data', color: '#e15759', text: 'its next run wants more unique human tokens than it can reach.' },
  { key: 'power_cap', label: 'power cap', color: '#f28e2b', text: 'its cluster is at its site\'s power cap.' },
  { key: 'build_rate', label: 'build rate', color: '#4e79a7', text: 'its cluster cannot grow its power faster (≈2x a year by default).' },
  { key: 'budget', label: 'budget', color: '#b07aa1', text: 'money runs out before the build rate or the power cap binds.' },
  { key: 'none', label: 'none', color: '#d9d9d9', text: 'nothing binds.' },
];

// Months with the same constraint are merged into one block: fewer shapes, no hairline gaps
// between neighbouring cells, and a tooltip that names the whole stretch.
export function bindingChart(run) {
  const months = run.years.map(monthLabel);
  const labs = run.labs.map(l => l.name);
  const index = new Map(CONSTRAINTS.map((c, i) => [c.key, i]));
  const [x0, x1] = xRange(run);
  const step = run.years.length > 1 ? run.years[1] - run.years[0] : 1 / 12;
  const data = [];
  run.labs.forEach((l, y) => {
    const b = (l.binding || []).map(k => (index.has(k) ? index.get(k) : index.get('none')));
    let start = 0;
    for (let i = 1; i <= b.length; i++) {
      if (i === b.length || b[i] !== b[start]) {
        data.push([run.years[start] - step, run.years[i - 1], y, b[start], start, i - 1]);
        start = i;
      }
    }
  });
  const option = {
    animation: false,
    title: title('What held each lab back (binding constraint per month)'),
    grid: { left: 130, right: 30, top: 80, bottom: 70 },
    tooltip: {
      trigger: 'item', confine: true,
      formatter: p => {
        const [, , y, k, a, b] = p.value;
        const c = CONSTRAINTS[k];
        return `<b>${labs[y]}</b>, ${months[a]} to ${months[b]}<br><b>${c.label}</b>: ${c.text}`;
      },
    },
    xAxis: yearAxis(x0, x1),
    yAxis: { type: 'category', data: labs, inverse: true, splitLine: { show: false } },
    visualMap: {
      type: 'piecewise', orient: 'horizontal', top: 34, left: 8, dimension: 3, seriesIndex: 0,
      pieces: CONSTRAINTS.map((c, i) => ({ value: i, label: c.label, color: c.color })),
      outOfRange: { color: '#f3f3f3' },
    },
    dataZoom: dataZoom(0).map(z => ({ ...z, filterMode: 'weakFilter' })),
    series: [{
      name: 'binding constraint', type: 'custom', encode: { x: [0, 1], y: 2 }, data,
      renderItem: (params, api) => {
        const a = api.coord([api.value(0), api.value(2)]);
        const b = api.coord([api.value(1), api.value(2)]);
        const h = api.size([0, 1])[1] * 0.8;
        const shape = echarts.graphic.clipRectByRect(
          { x: a[0], y: a[1] - h / 2, width: b[0] - a[0], height: h },
          { x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height });
        return shape && { type: 'rect', shape, style: { fill: api.visual('color') } };
      },
    }],
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
