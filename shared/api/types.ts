// Output shapes of the API (DESIGN §2), declared per area in shared/api/areas/ beside their
// methods and gathered here, so that callers import every shape from one place.
export type { LanguageCode, Names } from './schema';
export type * from './areas/annualReview';
export type * from './areas/consent';
export type * from './areas/committee';
export type * from './areas/coverage';
export type * from './areas/deadlines';
export type * from './areas/exports';
export type * from './areas/field';
export type * from './areas/fieldRecords';
export type * from './areas/followups';
export type * from './areas/inputs';
export type * from './areas/plan';
export type * from './areas/reports';
export type * from './areas/settings';
export type * from './areas/states';
export type * from './areas/sync';
export type * from './areas/users';
export type * from './areas/visits';
export type * from './areas/workspace';
