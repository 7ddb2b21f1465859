/** The four provider deposits Loket sells through (MMBC pulsa and flights share one). */
export const providerIds = ['mmbc', 'iak', 'ayoconnect', 'klikoo'] as const;
export type ProviderId = (typeof providerIds)[number];
