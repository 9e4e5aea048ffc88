// Runs on pages with a chart: chart.js (in charts-draw.ts) is fetched only when a chart comes into view.
export function watchCharts(): void {
  const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart]')];
  if (figures.length === 0) return;
  const draw = (figure: HTMLElement) => import('./charts-draw.ts').then((m) => m.drawChart(figure));
  if (!('IntersectionObserver' in window)) {
    figures.forEach(draw);
    return;
  }
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      draw(entry.target as HTMLElement);
    }
  });
  figures.forEach((f) => observer.observe(f));
}
