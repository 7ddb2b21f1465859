/** One figure of `npm run bench`: a measurement and the baseline measured in the same run. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  /** value / baseline; whether higher or lower is better is said in `goal`. */
  ratio: number;
  goal: string;
}
