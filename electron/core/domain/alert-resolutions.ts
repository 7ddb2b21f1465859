/**
 * What the owner may say a late success really was (sales/late-success.ts). Domain types live here,
 * below the contract: a list with no imports, so the contract (and the renderer's typecheck through
 * it) can build its schema from it.
 */
export const ALERT_RESOLUTIONS = ['charged_paid_again', 'charged_written_off', 'reversed'] as const;
export type AlertResolution = (typeof ALERT_RESOLUTIONS)[number];
