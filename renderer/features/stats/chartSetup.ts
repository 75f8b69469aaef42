/**
 * chart.js, reduced to what the statistics draw: bar charts on a category and a linear axis.
 * Imported only by the statistics section (itself loaded on demand), so chart.js stays out of
 * the attract screen's bundle.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);
// No animation: figures appear at once, and a kiosk PC has no GPU to spare.
Chart.defaults.animation = false;

export { Chart };
