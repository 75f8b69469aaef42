/** One problem found in a content file, as `npm run content:check` prints it. */
export interface ContentProblem {
  file: string;
  /** JSON path of the faulty value, e.g. `steps[0].answer.accepted`; empty for the whole file. */
  jsonPath: string;
  message: string;
  severity: 'error' | 'warning';
}
