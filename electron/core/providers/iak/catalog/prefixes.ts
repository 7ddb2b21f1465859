/** IAK's operator prefix list (prepaid/prefix-list.md), plus by.U (a Telkomsel brand on 0851). */
export const OPERATOR_PREFIXES = {
  telkomsel: ['0811', '0812', '0813', '0821', '0822', '0823', '0851', '0852', '0853'],
  indosat: ['0814', '0815', '0816', '0855', '0856', '0857', '0858'],
  xl: ['0817', '0818', '0819', '0859', '0877', '0878'],
  axis: ['0831', '0832', '0833', '0837', '0838'],
  three: ['0895', '0896', '0897', '0898', '0899'],
  smartfren: ['0881', '0882', '0883', '0884', '0885', '0886', '0887', '0888', '0889'],
  byu: ['085154', '085155', '085156', '085157', '085158'],
} as const satisfies Record<string, readonly string[]>;

export type OperatorKey = keyof typeof OPERATOR_PREFIXES;
