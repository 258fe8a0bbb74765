// What the generator decides before it writes: visits and consent requests, linked in memory.
import type { ConsentState } from '../../../shared/domain/consent';
import type { VisitKind, VisitMode, VisitStatus } from '../../../shared/domain/visits';

export interface ConsentPlan {
  iso3: string;
  noteVerbaleRef?: string;
  sentOn: string;
  reminders: number;
  lastReminderOn?: string;
  reply: ConsentState;
  repliedOn?: string;
  proposedFrom?: string;
  proposedTo?: string;
  conditions?: string;
  /** Set when written. */
  id?: string;
}

export interface VisitDatesPlan {
  startDate?: string;
  endDate?: string;
  virtualStart?: string;
  virtualEnd?: string;
  physicalStart?: string;
  physicalEnd?: string;
}

export interface VisitPlan extends VisitDatesPlan {
  iso3: string;
  kind: VisitKind;
  mode: VisitMode;
  status: VisitStatus;
  listYear: number;
  team: string[];
  agenciesMet: string[];
  notes?: string;
  consent?: ConsentPlan;
  /** Set when written. */
  id?: string;
}
