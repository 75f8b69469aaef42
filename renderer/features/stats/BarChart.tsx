import { useEffect, useRef } from 'react';
import { useKiosk } from '../../app/KioskContext';
import { Chart } from './chartSetup';

interface BarChartProps {
  labels: string[];
  values: number[];
  /** Accessible name of the image (the values are in the table next to it). */
  label: string;
  /** Horizontal bars suit long category names; vertical bars suit time. */
  horizontal?: boolean;
}

/** Reads a colour token so the chart follows the contrast mode like the rest of the screen. */
const token = (name: string, fallback: string): string =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

/** A bar chart on a canvas; the canvas is an image with a name pointing to the data table. */
export function BarChart({ labels, values, label, horizontal = true }: BarChartProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { display } = useKiosk();

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const primary = token('--primary', '#000091');
    const text = token('--text', '#161616');
    const grid = token('--border', '#6a6a8a');
    const chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels,
        datasets: [
          { data: values, backgroundColor: primary, borderColor: primary, borderWidth: 1 },
        ],
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        events: [],
        scales: {
          x: { ticks: { color: text, precision: 0 }, grid: { color: `${grid}40` } },
          y: { ticks: { color: text, precision: 0 }, grid: { color: `${grid}40` } },
        },
      },
    });
    return () => chart.destroy();
  }, [labels, values, horizontal, display.highContrast, display.textScale]);

  const rows = horizontal ? labels.length : 8;
  return (
    <div className="stats-chart" style={{ blockSize: `${Math.max(10, rows * 2.2 + 3)}rem` }}>
      <canvas ref={canvasRef} role="img" aria-label={label} />
    </div>
  );
}
