// Pieces every ECharts option shares: title, legend, x axis in years, dataZoom, axis tooltip.
import { axisNumber, fmt, monthLabel, yearTick } from '../format.js';

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export function title(text, subtext) {
  return { text, subtext, left: 8, top: 4, textStyle: { fontSize: 14, fontWeight: 600 }, subtextStyle: { fontSize: 11 } };
}

export function legend(top = 44) {
  return { type: 'scroll', top, left: 8, right: 8, itemWidth: 18, itemHeight: 10, itemGap: 8, textStyle: { fontSize: 11 } };
}

export function grid(extra = {}) {
  return { left: 70, right: 30, top: 78, bottom: 78, ...extra };
}

export function yearAxis(min, max) {
  return {
    type: 'value', name: 'year', nameLocation: 'middle', nameGap: 26, min, max,
    axisLabel: { formatter: yearTick, hideOverlap: true }, splitLine: { show: false },
  };
}

export function valueAxis(name, log, extra = {}) {
  return {
    type: log ? 'log' : 'value', name, nameLocation: 'middle', nameGap: 52, scale: !log,
    axisLabel: { formatter: axisNumber }, ...extra,
  };
}

export function dataZoom(xAxisIndex = 0) {
  return [
    { type: 'inside', xAxisIndex },
    { type: 'slider', xAxisIndex, height: 18, bottom: 8, labelFormatter: v => yearTick(v) },
  ];
}

// Axis tooltip: the month, then each series' value with its unit. Scatter overlays (real models)
// only show when within a month of the pointer, with their own text.
export function axisTooltip(unitOf = () => '') {
  return {
    trigger: 'axis', confine: true,
    axisPointer: { type: 'line' },
    formatter: params => {
      if (!params.length) return '';
      const t = params[0].axisValue;
      const lines = [`<b>${monthLabel(t)}</b>`];
      for (const p of params) {
        const v = p.value;
        if (p.seriesType === 'scatter') {
          if (p.data && p.data.tip && Math.abs(v[0] - t) <= 1 / 24) lines.push(`${p.marker}${p.data.tip}`);
          continue;
        }
        const y = Array.isArray(v) ? v[1] : v;
        if (y == null) continue;
        lines.push(`${p.marker}${p.seriesName}: <b>${fmt(y, 4)}</b> ${unitOf(p.seriesName, p) || ''}`);
      }
      return lines.join('<br>');
    },
  };
}

// [[x, y]] pairs; non-positive values dropped on a log axis (they have no place on it).
export function pairs(years, values, log) {
  return years.map((x, i) => {
    const y = values ? values[i] : null;
    return [x, y == null || (log && y <= 0) ? null : y];
  });
}

export function xRange(run) {
  const step = (run.scenario && run.scenario.stepMonths) || 1;
  return [run.years[0] - step / 12, run.years[run.years.length - 1]];
}

// Wide CSV over one shared year grid: year, month, then one column per series.
export function seriesCsv(years, columns) {
  return {
    header: ['year', 'month', ...columns.map(c => c.name)],
    rows: years.map((y, i) => [y, monthLabel(y), ...columns.map(c => c.values[i])]),
  };
}
