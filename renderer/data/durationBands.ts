/** Duration bands of the reports: < 5, 5–15, 15–30, 30–60 and 60+ minutes. */
export const DURATION_BANDS = [
  { code: 'lt5', min: 0, max: 5, fr: 'Moins de 5 min', en: 'Under 5 min' },
  { code: '5-15', min: 5, max: 15, fr: '5 à 15 min', en: '5–15 min' },
  { code: '15-30', min: 15, max: 30, fr: '15 à 30 min', en: '15–30 min' },
  { code: '30-60', min: 30, max: 60, fr: '30 à 60 min', en: '30–60 min' },
  {
    code: '60plus',
    min: 60,
    max: Number.POSITIVE_INFINITY,
    fr: '60 min et plus',
    en: '60 min or more',
  },
] as const;

export type DurationBand = (typeof DURATION_BANDS)[number]['code'];

/** The band of a duration: lower bound included, upper bound excluded (15 min is "15 à 30"). */
export function durationBandOf(minutes: number): DurationBand {
  for (const band of DURATION_BANDS) if (minutes < band.max) return band.code;
  return '60plus';
}
