// Who a partner pack is for (resolution 2617 (2021), OP 19 and OP 23). What each audience receives
// is decided in main/core/exports/partnerPack.ts and said in the pack's header.
export const PARTNER_AUDIENCES = ['un_system', 'member_states', 'public'] as const;
export type PartnerAudience = (typeof PARTNER_AUDIENCES)[number];
