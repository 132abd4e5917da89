// Time-series line charts over years: one line per series (lab, use, …), optional scatter overlays
// of real models, optional second y axis. Also the CSV of exactly what is plotted.
import { monthLabel } from '../format.js';
import { axisTooltip, dataZoom, grid, legend, pairs, title, valueAxis, yearAxis } from './common.js';

// spec: {title, subtitle, xRange, yAxes: [{name, log, min, max}], series: [{name, color, years, values,
//        dashed, area, stack, yAxisIndex, unit, width}], scatter: [{name, color, points: [{x, y, tip}], yAxisIndex}]}
export function lineOption(spec) {
  const yAxes = spec.yAxes.map((a, i) => valueAxis(a.name, a.log, {
    min: a.min, max: a.max, position: i === 0 ? 'left' : 'right', nameGap: i === 0 ? 52 : 46,
    splitLine: { show: i === 0 },
  }));
  const units = new Map(spec.series.map(s => [s.name, s.unit ?? '']));
  const series = spec.series.map(s => ({
    name: s.name, type: 'line', showSymbol: false, symbol: 'none', yAxisIndex: s.yAxisIndex || 0,
    data: pairs(s.years, s.values, spec.yAxes[s.yAxisIndex || 0].log),
    lineStyle: { color: s.color, width: s.width ?? 2, type: s.dashed ? 'dashed' : 'solid' },
    itemStyle: { color: s.color },
    stack: s.stack, areaStyle: s.area ? { opacity: s.stack ? 0.75 : 0.25, color: s.color } : undefined,
    emphasis: { focus: 'series' },
  }));
  for (const sc of spec.scatter || []) {
    series.push({
      name: sc.name, type: 'scatter', yAxisIndex: sc.yAxisIndex || 0, symbolSize: 5,
      itemStyle: { color: sc.color, opacity: 0.8 }, z: 5,
      data: sc.points.map(p => ({ value: [p.x, p.y], tip: p.tip })),
    });
  }
  return {
    animation: false,
    title: { ...title(spec.title, spec.subtitle) },
    legend: legend(spec.subtitle ? 48 : 32),
    grid: grid({ right: spec.yAxes.length > 1 ? 70 : 30 }),
    tooltip: axisTooltip(name => units.get(name)),
    xAxis: yearAxis(spec.xRange[0], spec.xRange[1]),
    yAxis: yAxes,
    dataZoom: dataZoom(0),
    series,
  };
}

// CSV over the union of the series' years; each scatter overlay adds a value and a label column.
export function lineCsv(spec) {
  const key = x => x.toFixed(6);
  const rows = new Map();
  const row = x => {
    if (!rows.has(key(x))) rows.set(key(x), { x, cells: {} });
    return rows.get(key(x)).cells;
  };
  const header = ['year', 'month'];
  spec.series.forEach((s, j) => {
    header.push(s.unit ? `${s.name} (${s.unit})` : s.name);
    s.years.forEach((x, i) => { row(x)[j] = s.values[i]; });
  });
  const n = spec.series.length;
  (spec.scatter || []).forEach((sc, k) => {
    header.push(sc.name, `${sc.name}: model`);
    for (const p of sc.points) {
      let x = p.x;
      while (row(x)[n + 2 * k] != null) x += 1e-6; // two models at one date: keep both rows
      const c = row(x);
      c[n + 2 * k] = p.y;
      c[n + 2 * k + 1] = p.label;
    }
  });
  const width = header.length - 2;
  const out = [...rows.values()].sort((a, b) => a.x - b.x)
    .map(({ x, cells }) => [x, monthLabel(x), ...Array.from({ length: width }, (_, j) => cells[j])]);
  return { header, rows: out };
}

export function lineChart(spec) {
  return { option: lineOption(spec), csv: lineCsv(spec) };
}
