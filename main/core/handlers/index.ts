// Every method of the contract has exactly one handler; TypeScript checks that none is missing.
import { annualReviewHandlers } from './annualReview';
import { coverageHandlers } from './coverage';
import { consentHandlers } from './consent';
import { ctcMeetingsHandlers, invitationsHandlers } from './committee';
import { deadlinesHandlers, statsHandlers } from './deadlines';
import {
  findingsHandlers,
  meetingsHandlers,
  observationsHandlers,
  practicalDetailsHandlers,
  statusProposalsHandlers,
} from './fieldRecords';
import { fieldHandlers } from './fieldPacks';
import { followupsHandlers } from './followups';
import { recommendationsHandlers, reportsHandlers, taHandlers } from './reports';
import { exportsHandlers, scheduleHandlers } from './exports';
import { partnerPackHandlers } from './partnerPack';
import { indicatorsHandlers, signalsHandlers, stateRequestsHandlers } from './inputs';
import { methodologiesHandlers } from './methodologies';
import { planHandlers } from './plan';
import { settingsHandlers } from './settings';
import { statesHandlers } from './states';
import { conflictsHandlers, syncHandlers } from './sync';
import type { Handlers } from './types';
import { visitsHandlers } from './visits';
import { apiKeysHandlers, usersHandlers } from './users';
import { auditHandlers, workspaceHandlers } from './workspace';

export const handlers: Handlers = {
  ...workspaceHandlers,
  ...usersHandlers,
  ...apiKeysHandlers,
  ...settingsHandlers,
  ...auditHandlers,
  ...statesHandlers,
  ...visitsHandlers,
  ...consentHandlers,
  ...reportsHandlers,
  ...annualReviewHandlers,
  ...recommendationsHandlers,
  ...taHandlers,
  ...followupsHandlers,
  ...ctcMeetingsHandlers,
  ...invitationsHandlers,
  ...deadlinesHandlers,
  ...statsHandlers,
  ...coverageHandlers,
  ...methodologiesHandlers,
  ...planHandlers,
  ...indicatorsHandlers,
  ...signalsHandlers,
  ...stateRequestsHandlers,
  ...scheduleHandlers,
  ...exportsHandlers,
  ...partnerPackHandlers,
  ...syncHandlers,
  ...conflictsHandlers,
  ...meetingsHandlers,
  ...observationsHandlers,
  ...statusProposalsHandlers,
  ...findingsHandlers,
  ...practicalDetailsHandlers,
  ...fieldHandlers,
};
