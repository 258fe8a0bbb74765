// The coverage colours, chosen to stay apart for the common colour-vision deficiencies (blues by
// recency, orange for never visited) and never used alone: the map adds patterns and marker shapes,
// and every chart has its table.
import type { CoverageStatus } from '../../../../shared/domain/coverage';
import type { RecommendationStatus } from '../../../../shared/domain/reports';

export const STATUS_FILL: Record<CoverageStatus, string> = {
  this_year: '#0b3d6e',
  recent: '#2f75b5',
  earlier: '#86b6de',
  long_ago: '#cfe1f1',
  never: '#e8893a',
  not_member: '#e9ecef',
};

export const RECOMMENDATION_FILL: Record<RecommendationStatus, string> = {
  implemented: '#1e6b35',
  partially_implemented: '#7cb77f',
  in_progress: '#2f75b5',
  not_started: '#d9822b',
  no_information: '#9aa5b1',
  no_longer_relevant: '#d5dde5',
};

/** Series colours in order, for lines that stand for regions, priorities or intervals. */
export const SERIES = ['#0b5394', '#d9822b', '#1e6b35', '#8e3b8e', '#a4262c', '#5b6b7a'];
/** Dash patterns to go with them, so that lines differ by more than colour. */
export const DASHES = ['', '6 3', '2 3', '10 3 2 3', '1 2', '12 4'];

export const GRID = '#d5dde5';
export const INK_SOFT = '#4a5866';
