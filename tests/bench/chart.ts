/**
 * The cost curve as a small SVG line chart (popup ready, search, clip against
 * collection size), written by the bench into docs/ so the README and
 * docs/performance.md show the last full run, not a hand-drawn picture.
 * Sizes are spaced evenly (0 has no place on a log axis); values are linear from 0.
 */
import type { Series } from './report';

const W = 560;
const H = 300;
const PAD = { left: 56, right: 130, top: 34, bottom: 46 };
const COLOURS = ['#1f5fa8', '#c4532b', '#2f8a4c', '#7a4fa0'];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A round step so the y axis has about 5 ticks. */
function tickStep(max: number): number {
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power);
}

export function curveSvg(series: readonly Series[], sizes: readonly number[], caption: string): string {
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const max = Math.max(1, ...series.flatMap((s) => [...s.points.values()]));
  const step = tickStep(max);
  const top = Math.ceil(max / step) * step;
  const x = (i: number) => PAD.left + (sizes.length === 1 ? plotW / 2 : (i * plotW) / (sizes.length - 1));
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="sans-serif" font-size="11">`);
  out.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  out.push(`<text x="${PAD.left}" y="18" font-size="13" font-weight="bold">${esc(caption)}</text>`);
  for (let v = 0; v <= top + step / 2; v += step) {
    out.push(`<line x1="${PAD.left}" x2="${PAD.left + plotW}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#ddd"/>`);
    out.push(`<text x="${PAD.left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" fill="#555">${v} ms</text>`);
  }
  sizes.forEach((size, i) => {
    out.push(`<text x="${x(i).toFixed(1)}" y="${PAD.top + plotH + 16}" text-anchor="middle" fill="#555">${size.toLocaleString('en')}</text>`);
  });
  out.push(`<text x="${PAD.left + plotW / 2}" y="${H - 8}" text-anchor="middle" fill="#333">records in the collection</text>`);
  series.forEach((s, k) => {
    const colour = COLOURS[k % COLOURS.length]!;
    const points = sizes.flatMap((size, i) => (s.points.has(size) ? [[x(i), y(s.points.get(size)!), s.points.get(size)!] as const] : []));
    if (points.length > 1) {
      out.push(`<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ')}"/>`);
    }
    for (const [px, py, v] of points) {
      out.push(`<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="3" fill="${colour}"/>`);
      out.push(`<text x="${(px + 5).toFixed(1)}" y="${(py - 5).toFixed(1)}" fill="${colour}">${v < 10 ? v.toFixed(1) : v.toFixed(0)}</text>`);
    }
    const ly = PAD.top + 10 + k * 18;
    out.push(`<line x1="${W - PAD.right + 14}" x2="${W - PAD.right + 34}" y1="${ly}" y2="${ly}" stroke="${colour}" stroke-width="2"/>`);
    out.push(`<text x="${W - PAD.right + 40}" y="${ly + 4}">${esc(s.name)}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
