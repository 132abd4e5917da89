// Exhaustion year per lab as horizontal boxes (whiskers P5-P95, box P25-P75, line P50), and the
// tornado of a sweep's outcome (horizontal bars from the all-at-medians value).
import { fmt } from '../format.js';
import { title } from './common.js';

export function exhaustionChart(rows, colorOf) {
  const labs = rows.map(r => r.lab);
  const share = r => (r.replicates ? r.never / r.replicates : 0);
  const option = {
    animation: false,
    title: title('Year human data runs out, per lab (P5–P95 across replicates)'),
    grid: { left: 150, right: 30, top: 50, bottom: 50 },
    tooltip: {
      trigger: 'item', confine: true,
      formatter: p => {
        const r = rows[p.dataIndex];
        const y = v => (v == null ? '–' : fmt(v, 5));
        return `<b>${r.lab}</b><br>P5 ${y(r.p5)} · P25 ${y(r.p25)} · <b>P50 ${y(r.p50)}</b> · P75 ${y(r.p75)} · P95 ${y(r.p95)}<br>never exhausted: ${r.never} of ${r.replicates} (${fmt(100 * share(r), 3)}%)`;
      },
    },
    xAxis: { type: 'value', name: 'year data runs out', nameLocation: 'middle', nameGap: 26, scale: true, axisLabel: { formatter: v => String(Math.round(v * 100) / 100) } },
    // The share of replicates that never run out sits under each lab's name.
    yAxis: {
      type: 'category', inverse: true, data: labs,
      axisLabel: { formatter: (v, i) => `{lab|${v}}\n{never|${fmt(100 * share(rows[i]), 3)}% never exhausted}`, rich: { lab: { fontWeight: 600, color: '#333', lineHeight: 18, align: 'right' }, never: { color: '#777', fontSize: 10, lineHeight: 14, align: 'right' } } },
    },
    series: [
      {
        name: 'exhaustion year', type: 'boxplot', boxWidth: [10, 26],
        data: rows.map(r => ({
          value: r.p50 == null ? [] : [r.p5, r.p25, r.p50, r.p75, r.p95],
          itemStyle: { color: colorOf(r.lab) + '55', borderColor: colorOf(r.lab) },
        })),
      },
    ],
  };
  const csv = {
    header: ['lab', 'replicates', 'never exhausted', 'P5 (year)', 'P25 (year)', 'P50 (year)', 'P75 (year)', 'P95 (year)'],
    rows: rows.map(r => [r.lab, r.replicates, r.never, r.p5, r.p25, r.p50, r.p75, r.p95]),
  };
  return { option, csv };
}

export function tornadoChart(tornado, lab) {
  // Undefined outcomes (null) draw no bar and sort last.
  const swing = r => (r.atP10 == null || r.atP90 == null ? -1 : Math.abs(r.atP90 - r.atP10));
  const delta = (v, r) => (v == null || r.atMedians == null ? null : v - r.atMedians);
  const rows = tornado.rows.filter(r => r.lab === lab).sort((a, b) => swing(b) - swing(a));
  const med = rows.length ? rows[0].atMedians : null;
  const unit = tornado.unit || '';
  const option = {
    animation: false,
    title: title(`What moves ${tornado.outcome}: ${lab}`, med == null ? '' : `all parameters at their medians: ${fmt(med, 4)} ${unit}`),
    legend: { top: 48, left: 8, data: ['parameter at its P10', 'parameter at its P90'] },
    grid: { left: 310, right: 40, top: 80, bottom: 50 },
    tooltip: {
      trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true,
      formatter: ps => {
        const r = rows[ps[0].dataIndex];
        return `<b>${r.parameter}</b><br>at P10 (${fmt(r.valueP10, 4)}): ${fmt(r.atP10, 4)} ${unit} (${fmt(delta(r.atP10, r), 3)})`
          + `<br>at P90 (${fmt(r.valueP90, 4)}): ${fmt(r.atP90, 4)} ${unit} (${fmt(delta(r.atP90, r), 3)})`;
      },
    },
    xAxis: { type: 'value', name: `change from medians (${unit})`, nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'category', inverse: true, data: rows.map(r => r.parameter), axisLabel: { width: 295, overflow: 'truncate' } },
    series: [
      { name: 'parameter at its P10', type: 'bar', barGap: '-100%', barWidth: '55%', itemStyle: { color: '#4e79a7', opacity: 0.8 }, data: rows.map(r => delta(r.atP10, r)) },
      { name: 'parameter at its P90', type: 'bar', barGap: '-100%', barWidth: '55%', itemStyle: { color: '#f28e2b', opacity: 0.8 }, data: rows.map(r => delta(r.atP90, r)) },
    ],
  };
  const csv = {
    header: ['lab', 'parameter', 'value at P10', 'value at P90', `outcome at P10 (${unit})`, `outcome at P90 (${unit})`, `outcome at medians (${unit})`],
    rows: rows.map(r => [r.lab, r.parameter, r.valueP10, r.valueP90, r.atP10, r.atP90, r.atMedians]),
  };
  return { option, csv, height: Math.max(300, 110 + rows.length * 28) };
}
