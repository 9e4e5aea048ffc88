// Draws one chart with chart.js from its figure's data-chart spec. Each series has its own fill pattern as well as
// its own colour, and every bar carries its value as text, so nothing is told by colour alone.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartConfiguration, type Plugin } from 'chart.js';
import type { ChartSpec } from '../views/charts.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Thousands separators, keeping the decimals as given ("1070.62" → "1,070.62"). */
function grouped(value: string): string {
  const [int, frac] = value.replace('-', '').split('.');
  return (value.startsWith('-') ? '-' : '') + int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
}

const decimals = (value: string) => value.split('.')[1]?.length ?? 0;

type Theme = { text: string; grid: string; colours: string[]; fontSize: number };

function theme(figure: HTMLElement): Theme {
  const style = getComputedStyle(figure);
  const v = (name: string) => style.getPropertyValue(name).trim();
  return { text: v('--chart-text'), grid: v('--chart-grid'), colours: [v('--chart-1'), v('--chart-2'), v('--chart-3'), v('--chart-4')], fontSize: parseFloat(style.fontSize) * 0.85 };
}

/** Fill for series k: solid, diagonal stripes, dots, cross-hatch. */
function fill(colour: string, k: number): string | CanvasPattern {
  if (k % 4 === 0) return colour;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 10;
  const c = tile.getContext('2d')!;
  c.fillStyle = '#fff';
  c.fillRect(0, 0, 10, 10);
  c.strokeStyle = c.fillStyle = colour;
  c.lineWidth = 2.5;
  if (k % 4 === 2) {
    c.beginPath();
    c.arc(5, 5, 2.5, 0, 2 * Math.PI);
    c.fill();
  } else {
    c.beginPath();
    c.moveTo(0, 10); c.lineTo(10, 0); c.moveTo(-5, 5); c.lineTo(5, -5); c.moveTo(5, 15); c.lineTo(15, 5);
    if (k % 4 === 3) { c.moveTo(0, 0); c.lineTo(10, 10); }
    c.stroke();
  }
  return c.createPattern(tile, 'repeat')!;
}

/** Each bar's value (or, when stacked, each stack's total) written beside it. */
function valueLabels(spec: ChartSpec, t: () => Theme): Plugin<'bar'> {
  return {
    id: 'mzValues',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = t().text;
      ctx.font = `${t().fontSize}px ${Chart.defaults.font.family}`;
      ctx.textAlign = spec.horizontal ? 'left' : 'center';
      ctx.textBaseline = spec.horizontal ? 'middle' : 'bottom';
      const put = (text: string, x: number, y: number) => ctx.fillText(text, spec.horizontal ? x + 4 : x, spec.horizontal ? y : y - 3);
      if (spec.stacked) {
        const top = chart.getDatasetMeta(spec.series.length - 1);
        spec.labels.forEach((_, j) => {
          const parts = spec.series.map((s) => s.data[j]).filter((v): v is string => v !== null);
          if (parts.length === 0) return;
          const places = Math.max(...parts.map(decimals));
          put(grouped(parts.reduce((a, v) => a + Number(v), 0).toFixed(places)), top.data[j].x, top.data[j].y);
        });
      } else {
        spec.series.forEach((s, i) => chart.getDatasetMeta(i).data.forEach((bar, j) => {
          if (s.data[j] !== null) put(grouped(s.data[j]!), bar.x, bar.y);
        }));
      }
      ctx.restore();
    },
  };
}

function config(spec: ChartSpec, t: Theme, current: () => Theme): ChartConfiguration<'bar', (number | null)[], string | string[]> {
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const valueAxis = { stacked: spec.stacked, beginAtZero: true, grace: '12%', title: { display: true, text: `单位：${spec.unit}`, color: t.text }, ticks: { color: t.text }, grid: { color: t.grid } };
  const categoryAxis = { stacked: spec.stacked, ticks: { color: t.text, autoSkip: false }, grid: { display: false } };
  return {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s, k) => ({
        label: s.label,
        data: s.data.map((v) => (v === null ? null : Number(v))),
        backgroundColor: fill(t.colours[k % 4], k),
        borderColor: t.colours[k % 4],
        borderWidth: 1.5,
        maxBarThickness: 48,
      })),
    },
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      maintainAspectRatio: false,
      animation: still ? false : { duration: 400 },
      scales: spec.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        legend: { position: 'top', labels: { color: t.text, boxWidth: 28, boxHeight: 16 } },
        tooltip: {
          callbacks: {
            label: (item) => {
              const v = spec.series[item.datasetIndex].data[item.dataIndex];
              return `${item.dataset.label}：${v === null ? '未列示' : `${grouped(v)} ${spec.unit}`}`;
            },
          },
        },
      },
    },
    plugins: [valueLabels(spec, current)],
  };
}

export function drawChart(figure: HTMLElement): void {
  const spec = JSON.parse(figure.dataset.chart ?? '') as ChartSpec;
  const frame = figure.querySelector<HTMLElement>('.chart-frame');
  const canvas = frame?.querySelector('canvas');
  if (!frame || !canvas) return;
  Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
  frame.hidden = false;
  // Sideways bars need room per category; upright bars a fixed height.
  if (spec.horizontal) frame.style.height = `${Math.max(14, spec.labels.length * spec.series.length * 1.9 + 6)}rem`;
  const current = () => theme(figure);
  const create = () => {
    const t = current();
    Chart.defaults.font.size = t.fontSize;
    return new Chart(canvas, config(spec, t, current));
  };
  let chart = create();
  // The 大字模式 switch changes font size and colours: redraw with the new ones.
  document.addEventListener('mz-display', () => {
    chart.destroy();
    chart = create();
  });
}
