import type { Recommendation } from '../../../shared/api/types';

/** Still to be acted on: neither implemented nor overtaken by events. */
export const isOpenRecommendation = (r: Recommendation): boolean =>
  r.status !== 'implemented' && r.status !== 'no_longer_relevant';
