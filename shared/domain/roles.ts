export const ROLES = ['planner', 'ctc_member', 'field', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Every role may read; admins may call every method (the dispatcher adds them). */
export const ALL_ROLES: readonly Role[] = ROLES;
export const PLANNERS: readonly Role[] = ['planner'];
/** Nobody but administrators (the dispatcher lets admins call every method). */
export const ADMINS_ONLY: readonly Role[] = [];
/** CTC members record the Committee's decisions. */
export const COMMITTEE: readonly Role[] = ['ctc_member'];
/** A visit's field team writes its field records (only of its own visits); planners too. */
export const FIELD_TEAM: readonly Role[] = ['planner', 'field'];
