// Fan chart of one lab's sweep bands: P5-P95 and P25-P75 as shaded bands, P50 as a line.
// Bands are drawn as stacked series (lower edge + width), so the tooltip reads the real percentiles.
import { fmt } from '../format.js';
import { dataZoom, grid, title, valueAxis, yearAxis } from './common.js';

export function fanChart({ titleText, band, color, unit, yName }) {
  const ys = band.years;
  const diff = (hi, lo) => ys.map((y, i) => [y, hi[i] == null || lo[i] == null ? null : hi[i] - lo[i]]);
  const base = (lo) => ys.map((y, i) => [y, lo[i]]);
  const hidden = { showSymbol: false, symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false } };
  const option = {
    animation: false,
    title: title(titleText),
    legend: { top: 32, left: 8, data: ['P5–P95', 'P25–P75', 'P50 (median)'] },
    grid: grid(),
    xAxis: yearAxis(ys[0], ys[ys.length - 1]),
    yAxis: valueAxis(yName, false),
    dataZoom: dataZoom(0),
    tooltip: {
      trigger: 'axis', confine: true,
      formatter: params => {
        const i = params[0].dataIndex;
        const v = k => fmt(band[k][i], 4);
        return `<b>${ys[i]}</b><br>P95: ${v('p95')} ${unit}<br>P75: ${v('p75')}<br><b>P50: ${v('p50')}</b><br>P25: ${v('p25')}<br>P5: ${v('p5')} ${unit}`;
      },
    },
    series: [
      { name: 'p5', type: 'line', stack: 'outer', data: base(band.p5), ...hidden },
      { name: 'P5–P95', type: 'line', stack: 'outer', data: diff(band.p95, band.p5), showSymbol: false, symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { color, opacity: 0.15 }, itemStyle: { color } },
      { name: 'p25', type: 'line', stack: 'inner', data: base(band.p25), ...hidden },
      { name: 'P25–P75', type: 'line', stack: 'inner', data: diff(band.p75, band.p25), showSymbol: false, symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { color, opacity: 0.35 }, itemStyle: { color } },
      { name: 'P50 (median)', type: 'line', data: base(band.p50), showSymbol: false, symbol: 'none', lineStyle: { color, width: 2 }, itemStyle: { color } },
    ],
  };
  const csv = {
    header: ['year', `P5 (${unit})`, `P25 (${unit})`, `P50 (${unit})`, `P75 (${unit})`, `P95 (${unit})`],
    rows: ys.map((y, i) => [y, band.p5[i], band.p25[i], band.p50[i], band.p75[i], band.p95[i]]),
  };
  return { option, csv };
}
