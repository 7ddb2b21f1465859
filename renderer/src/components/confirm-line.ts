/** One "label: value" row of a confirmation dialog. */
export interface ConfirmLine {
  label: string;
  value: string;
  testid?: string;
}
