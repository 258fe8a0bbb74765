// What the handlers of a State's assessment say: consent requests, visits, assessment reports and
// their recommendations and technical assistance, OP 16 follow-up reports, the Committee's
// meetings and invitations, and the field records of a visit.
import type { Message } from '../i18n/format';
import { defineMessages } from './define';

const en = {
  // Consent requests.
  'consent.notFound': 'This consent request does not exist (it may have been removed).',
  'consent.standing.ref': ' ({ref})',
  'consent.standing.pending': 'requested on {sentOn}{ref} and still awaiting a reply',
  'consent.standing.pendingReminded': {
    one: 'requested on {sentOn}{ref} and still awaiting a reply after one reminder',
    other: 'requested on {sentOn}{ref} and still awaiting a reply after {count} reminders',
  },
  'consent.standing.granted': 'granted on {on}{ref}',
  'consent.standing.declined': 'declined on {on}{ref}',
  'consent.standing.deferred': 'deferred by the State on {on}{ref}',
  'consent.standing.no_reply': 'recorded as unanswered on {on}{ref}',
  'consent.standing.withdrawn': 'withdrawn on {on}{ref}',
  'consent.listStatus.draft': 'draft',
  'consent.listStatus.proposed': 'proposed',
  'consent.listStatus.adopted': 'adopted',
  'consent.noList': 'There is no {year} list yet: build, propose and adopt it first.',
  'consent.listNotAdopted':
    'The {year} list is {status}: consent is requested from the list once the Committee has adopted it.',
  'consent.skippedAlready': 'Already {standing}.',
  'consent.notListEntry':
    "This entry is not {iso3}'s place on the current version of the {year} list.",
  'consent.alreadyRequested': '{state} already has a request for {year}: {standing}.',
  'consent.duplicateReference':
    'The note verbale {ref} is already recorded for {state}; give this request its own reference.',
  'consent.referenceUsed': 'Already used for {state}.',
  'consent.noReminderNeeded': 'No reminder is needed: this request was {standing}.',
  'consent.finalReplyGranted':
    'This request was already {standing}; a final reply is not replaced. If the State withdraws its consent, record a withdrawal.',
  'consent.finalReply':
    'This request was already {standing}; a final reply is not replaced. Send a new request if the State may now agree.',
  'consent.proposedDatesWithReply':
    'Proposed dates go with a consent or a deferral, not with this reply.',
  'consent.confidentialWithReply':
    'A State asks for confidentiality when it agrees to a visit (or defers it), not with this reply.',
  'consent.cannotWithdraw': 'This request was already {standing}; it cannot be withdrawn.',
  'consent.visitConducted':
    'A visit was conducted under this consent; the consent can no longer be withdrawn.',
  'consent.visitConductedFrom':
    'A visit was conducted under this consent (from {start}); the consent can no longer be withdrawn.',
  'consent.date.notesSent': 'The date the notes verbales were sent,',
  'consent.date.noteVerbale': 'The note verbale’s date,',
  'consent.date.reminder': 'The reminder’s date,',
  'consent.date.reply': 'The reply’s date,',
  'consent.date.withdrawal': 'The withdrawal’s date,',
  'consent.earlier.listAdoption': 'the adoption of the {year} list',
  'consent.earlier.request': 'the request',
  'consent.earlier.lastReminder': 'the last reminder',
  'consent.earlier.previousReply': 'the previous reply',
  'consent.earlier.stateReply': 'the State’s reply',

  // Visits.
  'visit.notFound': 'This visit does not exist (it may have been removed).',
  'visit.status.planned': 'planned',
  'visit.status.scheduled': 'scheduled',
  'visit.status.conducted': 'conducted',
  'visit.status.postponed': 'postponed',
  'visit.status.cancelled': 'cancelled',
  'visit.kind.comprehensive': 'comprehensive',
  'visit.kind.focused': 'focused',
  'visit.kind.regional': 'regional',
  'visit.kind.follow_up': 'follow-up',
  'visit.kind.advocacy': 'advocacy',
  'visit.list': '{first}, {next}',
  'visit.anyTime': 'any time',
  'visit.consentNotFound': 'This consent request does not exist.',
  'visit.consentOtherState': 'The consent request is for another State.',
  'visit.needsConsent':
    'A {status} visit needs the State’s granted consent: link its consent request; none has been granted yet.',
  'visit.needsConsentExample':
    'A {status} visit needs the State’s granted consent: link its consent request (for example {ref} granted on {on}).',
  'visit.needsConsentExampleUnnumbered':
    'A {status} visit needs the State’s granted consent: link its consent request (for example the one granted on {on}).',
  'visit.consentNotGranted':
    'The linked consent request was {standing}: a visit is {status} only with a granted consent.',
  'visit.outsideConsentWindow':
    'The visit’s dates ({start} to {end}) lie outside the window the State agreed to ({from} to {to}).',
  'visit.conductedBeforeEnd':
    'A visit ending on {lastDay} cannot be recorded as conducted before then.',
  'visit.kindFixedByReport':
    'This visit already has its assessment report, so it stays a {kind} visit (its OP 16 follow-up depends on it).',
  'visit.confidentialByConsent':
    'The State asked for confidentiality in its consent ({on}); the visit stays out of published documents.',
  'visit.overlap':
    '{state} already has a {kind} visit ({status}) from {start} to {end}. Confirm to record both visits.',
  'visit.cannotBecome': 'A {from} visit cannot become {to}. It can become: {allowed}.',
  'visit.cannotBecomeFinal': 'A {from} visit cannot become {to}. It can no longer change status.',
  'visit.date.change': 'The date of this change,',
  'visit.earlier.lastChange': 'the visit’s last change of status',
  'visit.problem.visitEndsBeforeStart': 'The visit ends before it starts.',
  'visit.problem.virtualEndsBeforeStart': 'The virtual part ends before it starts.',
  'visit.problem.physicalEndsBeforeStart': 'The physical part ends before it starts.',
  'visit.problem.physicalBeforeVirtual':
    'In a hybrid visit the physical part follows the virtual part.',
  'visit.problem.virtualOutside': "The virtual part lies outside the visit's dates.",
  'visit.problem.physicalOutside': "The physical part lies outside the visit's dates.",
  'visit.problem.hybridNeedsParts':
    'A hybrid visit needs the dates of its virtual part and of its physical part.',
  'visit.problem.onlyHybridHasParts':
    'Only a hybrid visit has separate virtual and physical parts.',
  'visit.problem.needsStart': 'A scheduled or conducted visit needs a start date.',
  'visit.problem.needsEnd': 'A conducted visit needs an end date.',

  // Assessment reports, recommendations and technical assistance.
  'report.notFound': 'This assessment report does not exist (it may have been removed).',
  'report.recommendationNotFound': 'This recommendation does not exist (it may have been removed).',
  'report.taNotFound': 'This technical assistance record does not exist.',
  'report.step.drafting': 'drafted',
  'report.step.sent_to_state': 'sent to the State',
  'report.step.observations_received': 'factual observations received',
  'report.step.submitted_to_ctc': 'submitted to the Committee',
  'report.step.adopted': 'adopted by the Committee',
  'report.step.transmitted': 'transmitted to the State',
  'report.recommendationStatus.not_started': 'not started',
  'report.recommendationStatus.in_progress': 'in progress',
  'report.recommendationStatus.partially_implemented': 'partially implemented',
  'report.recommendationStatus.implemented': 'implemented',
  'report.recommendationStatus.no_information': 'no information',
  'report.recommendationStatus.no_longer_relevant': 'no longer relevant',
  'report.adoptedNoNewRecommendations':
    "The Committee adopted this report on {on}: its recommendations can no longer be added to. Record the recommendation's progress as a status update instead.",
  'report.adoptedWordingFixed':
    "The Committee adopted this report on {on}: its recommendations’ wording is fixed. Record the recommendation's progress as a status update instead.",
  'report.duplicateCode': 'This report already has a recommendation {code}.',
  'report.codeUsed': '{code} is already used in this report.',
  'report.foreignRecommendations': {
    one: "Link only this report's recommendations (one is not).",
    other: "Link only this report's recommendations ({count} are not).",
  },
  'report.evidenceNeeded': 'A status of "{status}" needs its evidence: say what shows it.',
  'report.sourceNeeded': 'Say where the evidence comes from (a document, a meeting, a reply).',
  'report.historyAppendOnly':
    'The history of a recommendation is only added to: its latest status is dated {latest}, so a new one cannot be dated {asOf}.',
  'report.useLaterDate': 'Use {latest} or later.',
  'report.advocacyHasNoReport':
    'An advocacy visit has no assessment report; only assessment visits do.',
  'report.visitNotConducted':
    'This visit is {status}: its report is drafted once the visit has been conducted.',
  'report.alreadyExists': 'This visit already has its assessment report.',
  'report.adoptionByCommittee':
    'The Committee adopts assessment reports: a CTC member records the adoption.',
  'report.stepByPlanners':
    "CTED's planners record that a report was {step}; a CTC member records its adoption.",
  'report.noFurtherStep':
    'This report was already transmitted to the State on {on}; it has no further step.',
  'report.stepAlreadyTaken': 'This report was already {step} on {on}. The next step is: {next}.',
  'report.noSkippingSteps':
    'Steps cannot be skipped: the next step of this report is "{next}", not "{step}".',
  'report.stepBeforePrevious': 'The date {on} is before the report was {previous} ({previousOn}).',
  'report.noneOnlyForObservations':
    'Only the factual observations step can be recorded as "none received".',
  'report.observationsNotYetDue':
    'The State has until {due} ({days} days after the draft was sent) to send its factual observations; record "none received" after that date.',
  'report.releaseDateWithoutConsent':
    'A date of release consent goes with a partial or full consent, not with none.',
  'report.releaseDateNeeded': 'Give the date the State consented to the release.',
  'report.replyBeforeTransmission':
    'The State reports on implementation after the final report is transmitted to it; this one has not been transmitted yet.',
  'report.replyAlreadyRecorded':
    "The State's implementation reply was already recorded (received on {on}).",
  'report.date.taRequest': 'The date of the request,',
  'report.date.status': 'The date of the status,',
  'report.date.draft': 'The draft’s date,',
  'report.date.step': 'The date the report was {step},',
  'report.date.releaseConsent': 'The date of release consent,',
  'report.date.reply': 'The reply’s date,',
  'report.earlier.request': 'the request',
  'report.earlier.drafted': 'the report was drafted',
  'report.earlier.visitBegan': 'the visit began',
  'report.earlier.transmitted': 'the report was transmitted',

  // OP 16 follow-up reports.
  'followup.notFound': 'This follow-up report does not exist (it may have been removed).',
  'followup.submitted':
    'This follow-up report was submitted to the Committee on {on}; it is no longer changed.',
  'followup.reportNotAdopted':
    'The OP 16 follow-up starts once the Committee has adopted the assessment report; this one is not adopted yet.',
  'followup.notInitial':
    'This is the report of a follow-up visit, not an initial assessment: it owes no OP 16 report of its own.',
  'followup.beforeOp16':
    'OP 16 applies to reports adopted on or after {start}; this one was adopted on {adoptedOn}.',
  'followup.alreadyStarted': 'The OP 16 follow-up of this report is already started.',
  'followup.onlyThisReport': 'Assess only the recommendations of this report.',
  'followup.assessedOnce': 'A recommendation is assessed once in a follow-up report.',
  'followup.commentNeeded': 'Say what shows that recommendation {code} is "{status}".',
  'followup.unassessed': {
    one: 'Assess every recommendation before submitting: {count} of {total} is not assessed yet.',
    other:
      'Assess every recommendation before submitting: {count} of {total} are not assessed yet.',
  },
  'followup.summaryNeeded': 'Write the summary of the steps the State has taken before submitting.',
  'followup.date.start': 'The start date,',
  'followup.date.submission': 'The submission date,',
  'followup.earlier.reportAdopted': 'the report was adopted',
  'followup.earlier.started': 'the follow-up was started',

  // The Committee's meetings and invitations.
  'committee.meetingNotFound': 'This Committee meeting does not exist.',
  'committee.invitationNotFound': 'This invitation does not exist.',
  'committee.invitedAfterNewDate':
    '{state} was invited on {invitedOn}, after {heldOn}: a meeting is not moved before its invitations.',
  'committee.attendanceRecorded':
    'Attendance is already recorded for this meeting: it cannot be moved into the future.',
  'committee.reportOfAnotherState': "This report is {state}'s, not the invited State's.",
  'committee.reportNotAdopted':
    'Officials are invited to brief the Committee on an adopted report; this one is not adopted yet.',
  'committee.invitationAfterMeeting':
    'The invitation ({invitedOn}) is dated after the meeting ({heldOn}).',
  'committee.invitationBeforeAdoption':
    'The invitation ({invitedOn}) is dated before the report was adopted ({adoptedOn}).',
  'committee.alreadyInvited':
    '{state} is already invited to this meeting ({official}, on {invitedOn}).',
  'committee.officials': 'officials',
  'committee.meetingNotHeld':
    'The meeting is on {on}: attendance is recorded once it has been held.',
  'committee.date.invitation': 'The invitation’s date,',

  // Field records of a visit.
  'fieldRecord.notOnTeam':
    "{user} is not on the team of this visit to {state}, so cannot write its field records. A planner can add you to the visit's team.",
  'fieldRecord.visitCancelled':
    'This visit to {state} was cancelled: nothing more is recorded on it.',
  'fieldRecord.visitCancelledOn':
    'This visit to {state} was cancelled on {on}: nothing more is recorded on it.',
  'fieldRecord.meetingNotFound': 'This meeting does not exist (it may have been deleted).',
  'fieldRecord.observationNotFound': 'This observation does not exist (it may have been deleted).',
  'fieldRecord.proposalNotFound': 'This status proposal does not exist (it may have been deleted).',
  'fieldRecord.findingNotFound': 'This finding does not exist (it may have been deleted).',
  'fieldRecord.visitHasNoDates':
    'This visit to {state} has no dates yet: a planner records them before meetings are logged.',
  'fieldRecord.meetingOutsideVisit':
    "The meeting is dated {heldOn}, outside the visit's dates ({start} to {end}).",
  'fieldRecord.chooseMeeting': 'Choose a meeting of this visit’s log.',
  'fieldRecord.decision.pending': 'pending',
  'fieldRecord.decision.accepted': 'accepted',
  'fieldRecord.decision.declined': 'declined',
  'fieldRecord.decision.withdrawn': 'withdrawn',
  'fieldRecord.proposalDecided': 'This proposal was already {decision}; it can no longer change.',
  'fieldRecord.proposalDecidedOn':
    'This proposal was already {decision} on {on}; it can no longer change.',
  'fieldRecord.recommendationCode': 'Recommendation {code}',
  'fieldRecord.thisRecommendation': 'This recommendation',
  'fieldRecord.otherState':
    "{recommendation} is addressed to {recommendationState}, not to {visitState}: propose updates of the visited State's recommendations.",
  'fieldRecord.alreadyAtStatus':
    '{recommendation} already stands at “{status}”: propose another status.',
  'fieldRecord.alreadyAtStatusSince':
    '{recommendation} already stands at “{status}” (since {since}): propose another status.',
  'fieldRecord.proposalPending':
    "{recommendation} already has a proposal, made on {on}, awaiting HQ's decision: withdraw it before proposing another.",
  'fieldRecord.onlyAuthorWithdraws':
    'Only {author}, who made this proposal, or a planner can withdraw it.',
  'fieldRecord.itsAuthor': 'its author',
  'fieldRecord.recommendationGone': 'The recommendation of this proposal no longer exists.',
  'fieldRecord.newerStatus':
    'A newer status (“{status}”, {asOf}) was recorded after this proposal ({proposedOn}): decline it, saying so.',
  'fieldRecord.findingOtherVisit': 'This finding belongs to another visit: it cannot move.',
  'fieldRecord.partOutsideVisit':
    "“{label}” ({start} to {end}) lies outside the visit's dates ({visitStart} to {visitEnd}).",
  'fieldRecord.date.meeting': 'The meeting’s date,',
} satisfies Record<string, Message>;

export const assessment = defineMessages<keyof typeof en>({
  en,
  fr: {
    // Demandes de consentement (une demande : accords au féminin).
    'consent.notFound':
      'Cette demande de consentement n’existe pas (elle a peut-être été supprimée).',
    'consent.standing.ref': ' ({ref})',
    'consent.standing.pending': 'envoyée le {sentOn}{ref} et toujours en attente de réponse',
    'consent.standing.pendingReminded': {
      one: 'envoyée le {sentOn}{ref} et toujours en attente de réponse après un rappel',
      other: 'envoyée le {sentOn}{ref} et toujours en attente de réponse après {count} rappels',
    },
    'consent.standing.granted': 'accordée le {on}{ref}',
    'consent.standing.declined': 'refusée le {on}{ref}',
    'consent.standing.deferred': 'reportée par l’État le {on}{ref}',
    'consent.standing.no_reply': 'consignée comme restée sans réponse le {on}{ref}',
    'consent.standing.withdrawn': 'retirée le {on}{ref}',
    'consent.listStatus.draft': 'à l’état de projet',
    'consent.listStatus.proposed': 'proposée',
    'consent.listStatus.adopted': 'adoptée',
    'consent.noList':
      'Il n’y a pas encore de liste pour {year} : établissez-la, proposez-la et faites-la adopter d’abord.',
    'consent.listNotAdopted':
      'La liste {year} est {status} : le consentement est demandé à partir de la liste une fois que le Comité l’a adoptée.',
    'consent.skippedAlready': 'Déjà {standing}.',
    'consent.notListEntry':
      'Cette entrée n’est pas la place de {iso3} dans la version en vigueur de la liste {year}.',
    'consent.alreadyRequested': '{state} : il existe déjà une demande pour {year}, {standing}.',
    'consent.duplicateReference':
      'La note verbale {ref} est déjà enregistrée (État : {state}) ; donnez à cette demande sa propre référence.',
    'consent.referenceUsed': 'Déjà utilisée (État : {state}).',
    'consent.noReminderNeeded': 'Aucun rappel n’est nécessaire : cette demande a été {standing}.',
    'consent.finalReplyGranted':
      'Cette demande a déjà été {standing} ; une réponse définitive n’est pas remplacée. Si l’État retire son consentement, enregistrez un retrait.',
    'consent.finalReply':
      'Cette demande a déjà été {standing} ; une réponse définitive n’est pas remplacée. Envoyez une nouvelle demande si l’État est désormais susceptible d’accepter.',
    'consent.proposedDatesWithReply':
      'Des dates proposées accompagnent un consentement ou un report, pas cette réponse.',
    'consent.confidentialWithReply':
      'Un État demande la confidentialité lorsqu’il consent à une visite (ou la reporte), pas avec cette réponse.',
    'consent.cannotWithdraw':
      'Cette demande a déjà été {standing} ; elle ne peut pas être retirée.',
    'consent.visitConducted':
      'Une visite a été effectuée au titre de ce consentement ; celui-ci ne peut plus être retiré.',
    'consent.visitConductedFrom':
      'Une visite a été effectuée au titre de ce consentement (à partir du {start}) ; celui-ci ne peut plus être retiré.',
    'consent.date.notesSent': 'La date d’envoi des notes verbales,',
    'consent.date.noteVerbale': 'La date de la note verbale,',
    'consent.date.reminder': 'La date du rappel,',
    'consent.date.reply': 'La date de la réponse,',
    'consent.date.withdrawal': 'La date du retrait,',
    'consent.earlier.listAdoption': 'l’adoption de la liste {year}',
    'consent.earlier.request': 'la demande',
    'consent.earlier.lastReminder': 'la date du dernier rappel',
    'consent.earlier.previousReply': 'la réponse précédente',
    'consent.earlier.stateReply': 'la réponse de l’État',

    // Visites (une visite : accords au féminin).
    'visit.notFound': 'Cette visite n’existe pas (elle a peut-être été supprimée).',
    'visit.status.planned': 'planifiée',
    'visit.status.scheduled': 'programmée',
    'visit.status.conducted': 'effectuée',
    'visit.status.postponed': 'reportée',
    'visit.status.cancelled': 'annulée',
    'visit.kind.comprehensive': 'd’évaluation globale',
    'visit.kind.focused': 'ciblée',
    'visit.kind.regional': 'régionale',
    'visit.kind.follow_up': 'de suivi',
    'visit.kind.advocacy': 'de sensibilisation',
    'visit.list': '{first}, {next}',
    'visit.anyTime': 'sans limite',
    'visit.consentNotFound': 'Cette demande de consentement n’existe pas.',
    'visit.consentOtherState': 'La demande de consentement concerne un autre État.',
    'visit.needsConsent':
      'Une visite {status} nécessite le consentement de l’État : associez-lui sa demande de consentement ; aucun consentement n’a encore été accordé.',
    'visit.needsConsentExample':
      'Une visite {status} nécessite le consentement de l’État : associez-lui sa demande de consentement (par exemple {ref}, accordée le {on}).',
    'visit.needsConsentExampleUnnumbered':
      'Une visite {status} nécessite le consentement de l’État : associez-lui sa demande de consentement (par exemple celle accordée le {on}).',
    'visit.consentNotGranted':
      'La demande de consentement associée a été {standing} : une visite n’est {status} qu’avec un consentement accordé.',
    'visit.outsideConsentWindow':
      'Les dates de la visite (du {start} au {end}) sortent de la période acceptée par l’État ({from} – {to}).',
    'visit.conductedBeforeEnd':
      'Une visite qui se termine le {lastDay} ne peut pas être enregistrée comme effectuée avant cette date.',
    'visit.kindFixedByReport':
      'Cette visite a déjà son rapport d’évaluation ; elle reste donc une visite {kind} (son suivi au titre du paragraphe 16 en dépend).',
    'visit.confidentialByConsent':
      'L’État a demandé la confidentialité dans son consentement ({on}) ; la visite reste en dehors des documents publiés.',
    'visit.overlap':
      '{state} : une visite {kind} ({status}) est déjà enregistrée du {start} au {end}. Confirmez pour enregistrer les deux visites.',
    'visit.cannotBecome':
      'Une visite {from} ne peut pas devenir {to}. Elle peut devenir : {allowed}.',
    'visit.cannotBecomeFinal':
      'Une visite {from} ne peut pas devenir {to}. Son statut ne peut plus changer.',
    'visit.date.change': 'La date de ce changement,',
    'visit.earlier.lastChange': 'la date du dernier changement de statut de la visite',
    'visit.problem.visitEndsBeforeStart': 'La visite se termine avant de commencer.',
    'visit.problem.virtualEndsBeforeStart': 'La partie virtuelle se termine avant de commencer.',
    'visit.problem.physicalEndsBeforeStart':
      'La partie en présentiel se termine avant de commencer.',
    'visit.problem.physicalBeforeVirtual':
      'Dans une visite hybride, la partie en présentiel suit la partie virtuelle.',
    'visit.problem.virtualOutside': 'La partie virtuelle sort des dates de la visite.',
    'visit.problem.physicalOutside': 'La partie en présentiel sort des dates de la visite.',
    'visit.problem.hybridNeedsParts':
      'Une visite hybride doit indiquer les dates de sa partie virtuelle et de sa partie en présentiel.',
    'visit.problem.onlyHybridHasParts':
      'Seule une visite hybride a des parties virtuelle et en présentiel distinctes.',
    'visit.problem.needsStart': 'Une visite programmée ou effectuée doit avoir une date de début.',
    'visit.problem.needsEnd': 'Une visite effectuée doit avoir une date de fin.',

    // Rapports d’évaluation (un rapport : accords au masculin), recommandations, assistance technique.
    'report.notFound': 'Ce rapport d’évaluation n’existe pas (il a peut-être été supprimé).',
    'report.recommendationNotFound':
      'Cette recommandation n’existe pas (elle a peut-être été supprimée).',
    'report.taNotFound': 'Cette fiche d’assistance technique n’existe pas.',
    'report.step.drafting': 'rédigé',
    'report.step.sent_to_state': 'envoyé à l’État',
    'report.step.observations_received': 'complété par les observations factuelles de l’État',
    'report.step.submitted_to_ctc': 'soumis au Comité',
    'report.step.adopted': 'adopté par le Comité',
    'report.step.transmitted': 'transmis à l’État',
    'report.recommendationStatus.not_started': 'non entamée',
    'report.recommendationStatus.in_progress': 'en cours',
    'report.recommendationStatus.partially_implemented': 'partiellement mise en œuvre',
    'report.recommendationStatus.implemented': 'mise en œuvre',
    'report.recommendationStatus.no_information': 'aucune information',
    'report.recommendationStatus.no_longer_relevant': 'devenue sans objet',
    'report.adoptedNoNewRecommendations':
      'Le Comité a adopté ce rapport le {on} : aucune recommandation ne peut plus y être ajoutée. Consignez plutôt l’avancement de la recommandation comme une mise à jour de son statut.',
    'report.adoptedWordingFixed':
      'Le Comité a adopté ce rapport le {on} : le libellé de ses recommandations est arrêté. Consignez plutôt l’avancement de la recommandation comme une mise à jour de son statut.',
    'report.duplicateCode': 'Ce rapport a déjà une recommandation {code}.',
    'report.codeUsed': '{code} est déjà utilisé dans ce rapport.',
    'report.foreignRecommendations': {
      one: 'Ne liez que les recommandations de ce rapport ({count} n’en fait pas partie).',
      other: 'Ne liez que les recommandations de ce rapport ({count} n’en font pas partie).',
    },
    'report.evidenceNeeded':
      'Le statut « {status} » doit être étayé : indiquez ce qui le démontre.',
    'report.sourceNeeded':
      'Indiquez d’où viennent les éléments de preuve (un document, une réunion, une réponse).',
    'report.historyAppendOnly':
      'L’historique d’une recommandation ne fait que s’allonger : son dernier statut est daté du {latest}, un nouveau statut ne peut donc pas être daté du {asOf}.',
    'report.useLaterDate': 'Indiquez le {latest} ou une date ultérieure.',
    'report.advocacyHasNoReport':
      'Une visite de sensibilisation n’a pas de rapport d’évaluation ; seules les visites d’évaluation en ont un.',
    'report.visitNotConducted':
      'Cette visite est {status} : son rapport est rédigé une fois la visite effectuée.',
    'report.alreadyExists': 'Cette visite a déjà son rapport d’évaluation.',
    'report.adoptionByCommittee':
      'C’est le Comité qui adopte les rapports d’évaluation : un membre du CCT en consigne l’adoption.',
    'report.stepByPlanners':
      'Les planificateurs de la DECT consignent qu’un rapport a été {step} ; un membre du CCT en consigne l’adoption.',
    'report.noFurtherStep':
      'Ce rapport a déjà été transmis à l’État le {on} ; il n’a plus d’autre étape.',
    'report.stepAlreadyTaken':
      'Ce rapport a déjà été {step} le {on}. Étape suivante : rapport {next}.',
    'report.noSkippingSteps':
      'Aucune étape ne peut être sautée : l’étape suivante de ce rapport est « {next} », et non « {step} ».',
    'report.stepBeforePrevious':
      'La date {on} est antérieure à la date à laquelle le rapport a été {previous} ({previousOn}).',
    'report.noneOnlyForObservations':
      'Seule l’étape des observations factuelles peut être enregistrée comme « aucune reçue ».',
    'report.observationsNotYetDue':
      'L’État a jusqu’au {due} ({days} jours après l’envoi du projet) pour communiquer ses observations factuelles ; enregistrez « aucune reçue » après cette date.',
    'report.releaseDateWithoutConsent':
      'Une date de consentement à la publication accompagne un consentement partiel ou total, pas une absence de consentement.',
    'report.releaseDateNeeded': 'Indiquez la date à laquelle l’État a consenti à la publication.',
    'report.replyBeforeTransmission':
      'L’État rend compte de la mise en œuvre après la transmission du rapport final ; celui-ci n’a pas encore été transmis.',
    'report.replyAlreadyRecorded':
      'La réponse de l’État sur la mise en œuvre a déjà été enregistrée (reçue le {on}).',
    'report.date.taRequest': 'La date de la demande,',
    'report.date.status': 'La date du statut,',
    'report.date.draft': 'La date du projet,',
    'report.date.step': 'La date à laquelle le rapport a été {step},',
    'report.date.releaseConsent': 'La date du consentement à la publication,',
    'report.date.reply': 'La date de la réponse,',
    'report.earlier.request': 'la demande',
    'report.earlier.drafted': 'la rédaction du rapport',
    'report.earlier.visitBegan': 'la date de début de la visite',
    'report.earlier.transmitted': 'la transmission du rapport',

    // Rapports de suivi au titre du paragraphe 16.
    'followup.notFound': 'Ce rapport de suivi n’existe pas (il a peut-être été supprimé).',
    'followup.submitted':
      'Ce rapport de suivi a été soumis au Comité le {on} ; il n’est plus modifié.',
    'followup.reportNotAdopted':
      'Le suivi au titre du paragraphe 16 commence une fois que le Comité a adopté le rapport d’évaluation ; celui-ci n’est pas encore adopté.',
    'followup.notInitial':
      'Il s’agit du rapport d’une visite de suivi, et non d’une évaluation initiale : aucun rapport de suivi au titre du paragraphe 16 ne lui est dû.',
    'followup.beforeOp16':
      'Le paragraphe 16 s’applique aux rapports adoptés à partir du {start} ; celui-ci a été adopté le {adoptedOn}.',
    'followup.alreadyStarted': 'Le suivi de ce rapport au titre du paragraphe 16 a déjà commencé.',
    'followup.onlyThisReport': 'N’évaluez que les recommandations de ce rapport.',
    'followup.assessedOnce':
      'Une recommandation n’est évaluée qu’une fois dans un rapport de suivi.',
    'followup.commentNeeded':
      'Indiquez ce qui démontre que la recommandation {code} est « {status} ».',
    'followup.unassessed': {
      one: 'Évaluez chaque recommandation avant la soumission : {count} sur {total} n’est pas encore évaluée.',
      other:
        'Évaluez chaque recommandation avant la soumission : {count} sur {total} ne sont pas encore évaluées.',
    },
    'followup.summaryNeeded':
      'Rédigez le résumé des mesures prises par l’État avant la soumission.',
    'followup.date.start': 'La date de début,',
    'followup.date.submission': 'La date de soumission,',
    'followup.earlier.reportAdopted': 'l’adoption du rapport',
    'followup.earlier.started': 'l’ouverture du suivi',

    // Séances du Comité et invitations.
    'committee.meetingNotFound': 'Cette séance du Comité n’existe pas.',
    'committee.invitationNotFound': 'Cette invitation n’existe pas.',
    'committee.invitedAfterNewDate':
      'L’invitation ({state}) date du {invitedOn}, soit après le {heldOn} : une séance n’est pas avancée avant ses invitations.',
    'committee.attendanceRecorded':
      'La participation à cette séance est déjà enregistrée : elle ne peut pas être reportée dans le futur.',
    'committee.reportOfAnotherState':
      'Ce rapport est celui d’un autre État ({state}), et non de l’État invité.',
    'committee.reportNotAdopted':
      'Les responsables sont invités à informer le Comité d’un rapport adopté ; celui-ci n’est pas encore adopté.',
    'committee.invitationAfterMeeting':
      'L’invitation ({invitedOn}) est datée d’après la séance ({heldOn}).',
    'committee.invitationBeforeAdoption':
      'L’invitation ({invitedOn}) est datée d’avant l’adoption du rapport ({adoptedOn}).',
    'committee.alreadyInvited':
      '{state} : une invitation à cette séance a déjà été adressée ({official}, le {invitedOn}).',
    'committee.officials': 'des responsables',
    'committee.meetingNotHeld':
      'La séance a lieu le {on} : la participation est enregistrée une fois qu’elle s’est tenue.',
    'committee.date.invitation': 'La date de l’invitation,',

    // Données de terrain d’une visite.
    'fieldRecord.notOnTeam':
      '{user} ne fait pas partie de l’équipe de cette visite ({state}) et ne peut donc pas en saisir les données de terrain. Un planificateur peut vous ajouter à l’équipe de la visite.',
    'fieldRecord.visitCancelled':
      'Cette visite ({state}) a été annulée : plus rien n’y est enregistré.',
    'fieldRecord.visitCancelledOn':
      'Cette visite ({state}) a été annulée le {on} : plus rien n’y est enregistré.',
    'fieldRecord.meetingNotFound': 'Cette réunion n’existe pas (elle a peut-être été supprimée).',
    'fieldRecord.observationNotFound':
      'Cette observation n’existe pas (elle a peut-être été supprimée).',
    'fieldRecord.proposalNotFound':
      'Cette proposition de statut n’existe pas (elle a peut-être été supprimée).',
    'fieldRecord.findingNotFound':
      'Cette conclusion n’existe pas (elle a peut-être été supprimée).',
    'fieldRecord.visitHasNoDates':
      'Cette visite ({state}) n’a pas encore de dates : un planificateur les enregistre avant que les réunions ne soient consignées.',
    'fieldRecord.meetingOutsideVisit':
      'La réunion est datée du {heldOn}, en dehors des dates de la visite (du {start} au {end}).',
    'fieldRecord.chooseMeeting': 'Choisissez une réunion du journal de cette visite.',
    'fieldRecord.decision.pending': 'en attente',
    'fieldRecord.decision.accepted': 'acceptée',
    'fieldRecord.decision.declined': 'refusée',
    'fieldRecord.decision.withdrawn': 'retirée',
    'fieldRecord.proposalDecided':
      'Cette proposition a déjà été {decision} ; elle ne peut plus changer.',
    'fieldRecord.proposalDecidedOn':
      'Cette proposition a déjà été {decision} le {on} ; elle ne peut plus changer.',
    'fieldRecord.recommendationCode': 'La recommandation {code}',
    'fieldRecord.thisRecommendation': 'Cette recommandation',
    'fieldRecord.otherState':
      '{recommendation} s’adresse à un autre État ({recommendationState}) que l’État visité ({visitState}) : proposez des mises à jour des recommandations de l’État visité.',
    'fieldRecord.alreadyAtStatus':
      '{recommendation} a déjà le statut « {status} » : proposez un autre statut.',
    'fieldRecord.alreadyAtStatusSince':
      '{recommendation} a déjà le statut « {status} » (depuis le {since}) : proposez un autre statut.',
    'fieldRecord.proposalPending':
      '{recommendation} fait déjà l’objet d’une proposition, faite le {on}, en attente de la décision du Siège : retirez-la avant d’en proposer une autre.',
    'fieldRecord.onlyAuthorWithdraws':
      'Seul(e) {author}, qui a fait cette proposition, ou un planificateur peut la retirer.',
    'fieldRecord.itsAuthor': 'son auteur',
    'fieldRecord.recommendationGone':
      'La recommandation visée par cette proposition n’existe plus.',
    'fieldRecord.newerStatus':
      'Un statut plus récent (« {status} », {asOf}) a été enregistré après cette proposition ({proposedOn}) : refusez-la en l’indiquant.',
    'fieldRecord.findingOtherVisit':
      'Cette conclusion appartient à une autre visite : elle ne peut pas être déplacée.',
    'fieldRecord.partOutsideVisit':
      '« {label} » (du {start} au {end}) sort des dates de la visite (du {visitStart} au {visitEnd}).',
    'fieldRecord.date.meeting': 'La date de la réunion,',
  },
  es: {
    'consent.notFound': 'Esta solicitud de consentimiento no existe (puede que se haya eliminado).',
    'consent.standing.ref': ' ({ref})',
    'consent.standing.pending': 'enviada el {sentOn}{ref} y sigue a la espera de respuesta',
    'consent.standing.pendingReminded': {
      one: 'enviada el {sentOn}{ref} y sigue a la espera de respuesta tras un recordatorio',
      other: 'enviada el {sentOn}{ref} y sigue a la espera de respuesta tras {count} recordatorios',
    },
    'consent.standing.granted': 'concedida el {on}{ref}',
    'consent.standing.declined': 'denegada el {on}{ref}',
    'consent.standing.deferred': 'aplazada por el Estado el {on}{ref}',
    'consent.standing.no_reply': 'registrada como sin respuesta el {on}{ref}',
    'consent.standing.withdrawn': 'retirada el {on}{ref}',
    'consent.listStatus.draft': 'en fase de proyecto',
    'consent.listStatus.proposed': 'propuesta',
    'consent.listStatus.adopted': 'aprobada',
    'consent.noList':
      'Todavía no existe la lista de {year}: primero hay que elaborarla, proponerla y aprobarla.',
    'consent.listNotAdopted':
      'La lista de {year} está {status}: el consentimiento se solicita a partir de la lista una vez que el Comité la ha aprobado.',
    'consent.skippedAlready': 'Solicitud ya {standing}.',
    'consent.notListEntry':
      'Esta entrada no es el lugar de {iso3} en la versión vigente de la lista de {year}.',
    'consent.alreadyRequested': '{state}: ya existe una solicitud para {year}, {standing}.',
    'consent.duplicateReference':
      'La nota verbal {ref} ya está registrada (Estado: {state}); asigne a esta solicitud su propia referencia.',
    'consent.referenceUsed': 'Ya utilizada (Estado: {state}).',
    'consent.noReminderNeeded': 'No hace falta ningún recordatorio: esta solicitud fue {standing}.',
    'consent.finalReplyGranted':
      'Esta solicitud ya fue {standing}; una respuesta definitiva no se sustituye. Si el Estado retira su consentimiento, registre una retirada.',
    'consent.finalReply':
      'Esta solicitud ya fue {standing}; una respuesta definitiva no se sustituye. Envíe una nueva solicitud si el Estado podría aceptar ahora.',
    'consent.proposedDatesWithReply':
      'Las fechas propuestas acompañan a un consentimiento o a un aplazamiento, no a esta respuesta.',
    'consent.confidentialWithReply':
      'Un Estado pide confidencialidad cuando consiente una visita (o la aplaza), no con esta respuesta.',
    'consent.cannotWithdraw': 'Esta solicitud ya fue {standing}; no puede retirarse.',
    'consent.visitConducted':
      'Se realizó una visita en virtud de este consentimiento; el consentimiento ya no puede retirarse.',
    'consent.visitConductedFrom':
      'Se realizó una visita en virtud de este consentimiento (a partir del {start}); el consentimiento ya no puede retirarse.',
    'consent.date.notesSent': 'La fecha de envío de las notas verbales,',
    'consent.date.noteVerbale': 'La fecha de la nota verbal,',
    'consent.date.reminder': 'La fecha del recordatorio,',
    'consent.date.reply': 'La fecha de la respuesta,',
    'consent.date.withdrawal': 'La fecha de la retirada,',
    'consent.earlier.listAdoption': 'la aprobación de la lista de {year}',
    'consent.earlier.request': 'la solicitud',
    'consent.earlier.lastReminder': 'el último recordatorio',
    'consent.earlier.previousReply': 'la respuesta anterior',
    'consent.earlier.stateReply': 'la respuesta del Estado',
    'visit.notFound': 'Esta visita no existe (puede que se haya eliminado).',
    'visit.status.planned': 'prevista',
    'visit.status.scheduled': 'programada',
    'visit.status.conducted': 'realizada',
    'visit.status.postponed': 'aplazada',
    'visit.status.cancelled': 'cancelada',
    'visit.kind.comprehensive': 'exhaustiva',
    'visit.kind.focused': 'específica',
    'visit.kind.regional': 'regional',
    'visit.kind.follow_up': 'de seguimiento',
    'visit.kind.advocacy': 'de promoción',
    'visit.list': '{first}, {next}',
    'visit.anyTime': 'sin límite',
    'visit.consentNotFound': 'Esta solicitud de consentimiento no existe.',
    'visit.consentOtherState': 'La solicitud de consentimiento corresponde a otro Estado.',
    'visit.needsConsent':
      'Una visita {status} requiere el consentimiento concedido del Estado: vincule su solicitud de consentimiento; aún no se ha concedido ninguno.',
    'visit.needsConsentExample':
      'Una visita {status} requiere el consentimiento concedido del Estado: vincule su solicitud de consentimiento (por ejemplo, {ref}, concedida el {on}).',
    'visit.needsConsentExampleUnnumbered':
      'Una visita {status} requiere el consentimiento concedido del Estado: vincule su solicitud de consentimiento (por ejemplo, la concedida el {on}).',
    'visit.consentNotGranted':
      'La solicitud de consentimiento vinculada fue {standing}: una visita solo queda {status} con un consentimiento concedido.',
    'visit.outsideConsentWindow':
      'Las fechas de la visita (del {start} al {end}) quedan fuera del período aceptado por el Estado ({from} – {to}).',
    'visit.conductedBeforeEnd':
      'Una visita que termina el {lastDay} no puede registrarse como realizada antes de esa fecha.',
    'visit.kindFixedByReport':
      'Esta visita ya tiene su informe de evaluación, por lo que sigue siendo una visita {kind} (su seguimiento conforme al párrafo 16 depende de ello).',
    'visit.confidentialByConsent':
      'El Estado pidió confidencialidad en su consentimiento ({on}); la visita queda fuera de los documentos publicados.',
    'visit.overlap':
      '{state}: ya hay una visita {kind} ({status}) del {start} al {end}. Confirme para registrar ambas visitas.',
    'visit.cannotBecome':
      'Una visita {from} no puede pasar a estar {to}. Puede pasar a estar: {allowed}.',
    'visit.cannotBecomeFinal':
      'Una visita {from} no puede pasar a estar {to}. Su estado ya no puede cambiar.',
    'visit.date.change': 'La fecha de este cambio,',
    'visit.earlier.lastChange': 'el último cambio de estado de la visita',
    'visit.problem.visitEndsBeforeStart': 'La visita termina antes de empezar.',
    'visit.problem.virtualEndsBeforeStart': 'La parte virtual termina antes de empezar.',
    'visit.problem.physicalEndsBeforeStart': 'La parte presencial termina antes de empezar.',
    'visit.problem.physicalBeforeVirtual':
      'En una visita híbrida, la parte presencial sigue a la parte virtual.',
    'visit.problem.virtualOutside': 'La parte virtual queda fuera de las fechas de la visita.',
    'visit.problem.physicalOutside': 'La parte presencial queda fuera de las fechas de la visita.',
    'visit.problem.hybridNeedsParts':
      'Una visita híbrida requiere las fechas de su parte virtual y de su parte presencial.',
    'visit.problem.onlyHybridHasParts':
      'Solo una visita híbrida tiene partes virtual y presencial separadas.',
    'visit.problem.needsStart': 'Una visita programada o realizada requiere una fecha de inicio.',
    'visit.problem.needsEnd': 'Una visita realizada requiere una fecha de finalización.',
    'report.notFound': 'Este informe de evaluación no existe (puede que se haya eliminado).',
    'report.recommendationNotFound': 'Esta recomendación no existe (puede que se haya eliminado).',
    'report.taNotFound': 'Este registro de asistencia técnica no existe.',
    'report.step.drafting': 'redactado',
    'report.step.sent_to_state': 'enviado al Estado',
    'report.step.observations_received': 'completado con las observaciones fácticas del Estado',
    'report.step.submitted_to_ctc': 'presentado al Comité',
    'report.step.adopted': 'aprobado por el Comité',
    'report.step.transmitted': 'transmitido al Estado',
    'report.recommendationStatus.not_started': 'no iniciada',
    'report.recommendationStatus.in_progress': 'en curso',
    'report.recommendationStatus.partially_implemented': 'parcialmente aplicada',
    'report.recommendationStatus.implemented': 'aplicada',
    'report.recommendationStatus.no_information': 'sin información',
    'report.recommendationStatus.no_longer_relevant': 'ya no pertinente',
    'report.adoptedNoNewRecommendations':
      'El Comité aprobó este informe el {on}: ya no se le pueden añadir recomendaciones. Registre en su lugar los avances de la recomendación como una actualización de su estado.',
    'report.adoptedWordingFixed':
      'El Comité aprobó este informe el {on}: la redacción de sus recomendaciones es definitiva. Registre en su lugar los avances de la recomendación como una actualización de su estado.',
    'report.duplicateCode': 'Este informe ya tiene una recomendación {code}.',
    'report.codeUsed': '{code} ya se utiliza en este informe.',
    'report.foreignRecommendations': {
      one: 'Vincule solo las recomendaciones de este informe ({count} no lo es).',
      other: 'Vincule solo las recomendaciones de este informe ({count} no lo son).',
    },
    'report.evidenceNeeded': 'El estado «{status}» necesita pruebas: indique qué lo demuestra.',
    'report.sourceNeeded':
      'Indique de dónde proceden las pruebas (un documento, una reunión, una respuesta).',
    'report.historyAppendOnly':
      'El historial de una recomendación solo se amplía: su último estado es del {latest}, por lo que uno nuevo no puede tener fecha del {asOf}.',
    'report.useLaterDate': 'Utilice el {latest} o una fecha posterior.',
    'report.advocacyHasNoReport':
      'Una visita de promoción no tiene informe de evaluación; solo lo tienen las visitas de evaluación.',
    'report.visitNotConducted':
      'Esta visita está {status}: su informe se redacta una vez realizada la visita.',
    'report.alreadyExists': 'Esta visita ya tiene su informe de evaluación.',
    'report.adoptionByCommittee':
      'El Comité aprueba los informes de evaluación: un miembro del CCT registra la aprobación.',
    'report.stepByPlanners':
      'Los planificadores de la DECT registran que un informe ha sido {step}; un miembro del CCT registra su aprobación.',
    'report.noFurtherStep':
      'Este informe ya se transmitió al Estado el {on}; no tiene ninguna etapa más.',
    'report.stepAlreadyTaken':
      'Este informe ya fue {step} el {on}. Siguiente etapa: informe {next}.',
    'report.noSkippingSteps':
      'No se pueden saltar etapas: la siguiente etapa de este informe es «{next}», no «{step}».',
    'report.stepBeforePrevious':
      'La fecha {on} es anterior a la fecha en que el informe fue {previous} ({previousOn}).',
    'report.noneOnlyForObservations':
      'Solo la etapa de las observaciones fácticas puede registrarse como «ninguna recibida».',
    'report.observationsNotYetDue':
      'El Estado tiene hasta el {due} ({days} días después del envío del proyecto) para enviar sus observaciones fácticas; registre «ninguna recibida» después de esa fecha.',
    'report.releaseDateWithoutConsent':
      'Una fecha de autorización de difusión acompaña a una autorización parcial o total, no a la ausencia de autorización.',
    'report.releaseDateNeeded': 'Indique la fecha en que el Estado autorizó la difusión.',
    'report.replyBeforeTransmission':
      'El Estado informa sobre la aplicación después de que se le transmita el informe final; este aún no se ha transmitido.',
    'report.replyAlreadyRecorded':
      'La respuesta del Estado sobre la aplicación ya se registró (recibida el {on}).',
    'report.date.taRequest': 'La fecha de la solicitud,',
    'report.date.status': 'La fecha del estado,',
    'report.date.draft': 'La fecha del proyecto,',
    'report.date.step': 'La fecha en que el informe fue {step},',
    'report.date.releaseConsent': 'La fecha de la autorización de difusión,',
    'report.date.reply': 'La fecha de la respuesta,',
    'report.earlier.request': 'la solicitud',
    'report.earlier.drafted': 'la redacción del informe',
    'report.earlier.visitBegan': 'el inicio de la visita',
    'report.earlier.transmitted': 'la transmisión del informe',
    'followup.notFound': 'Este informe de seguimiento no existe (puede que se haya eliminado).',
    'followup.submitted':
      'Este informe de seguimiento se presentó al Comité el {on}; ya no se modifica.',
    'followup.reportNotAdopted':
      'El seguimiento conforme al párrafo 16 comienza una vez que el Comité ha aprobado el informe de evaluación; este aún no está aprobado.',
    'followup.notInitial':
      'Este es el informe de una visita de seguimiento, no de una evaluación inicial: no da lugar a un informe propio conforme al párrafo 16.',
    'followup.beforeOp16':
      'El párrafo 16 se aplica a los informes aprobados a partir del {start}; este se aprobó el {adoptedOn}.',
    'followup.alreadyStarted':
      'El seguimiento de este informe conforme al párrafo 16 ya ha comenzado.',
    'followup.onlyThisReport': 'Evalúe solo las recomendaciones de este informe.',
    'followup.assessedOnce':
      'Una recomendación se evalúa una sola vez en un informe de seguimiento.',
    'followup.commentNeeded': 'Indique qué demuestra que la recomendación {code} está «{status}».',
    'followup.unassessed': {
      one: 'Evalúe todas las recomendaciones antes de presentarlo: {count} de {total} aún no está evaluada.',
      other:
        'Evalúe todas las recomendaciones antes de presentarlo: {count} de {total} aún no están evaluadas.',
    },
    'followup.summaryNeeded':
      'Redacte el resumen de las medidas adoptadas por el Estado antes de presentarlo.',
    'followup.date.start': 'La fecha de inicio,',
    'followup.date.submission': 'La fecha de presentación,',
    'followup.earlier.reportAdopted': 'la aprobación del informe',
    'followup.earlier.started': 'el inicio del seguimiento',
    'committee.meetingNotFound': 'Esta sesión del Comité no existe.',
    'committee.invitationNotFound': 'Esta invitación no existe.',
    'committee.invitedAfterNewDate':
      'La invitación ({state}) es del {invitedOn}, posterior al {heldOn}: una sesión no se traslada a una fecha anterior a sus invitaciones.',
    'committee.attendanceRecorded':
      'La asistencia a esta sesión ya está registrada: no puede trasladarse al futuro.',
    'committee.reportOfAnotherState':
      'Este informe es de otro Estado ({state}), no del Estado invitado.',
    'committee.reportNotAdopted':
      'Se invita a los funcionarios a informar al Comité sobre un informe aprobado; este aún no está aprobado.',
    'committee.invitationAfterMeeting':
      'La invitación ({invitedOn}) tiene fecha posterior a la sesión ({heldOn}).',
    'committee.invitationBeforeAdoption':
      'La invitación ({invitedOn}) tiene fecha anterior a la aprobación del informe ({adoptedOn}).',
    'committee.alreadyInvited':
      '{state}: ya hay una invitación a esta sesión ({official}, el {invitedOn}).',
    'committee.officials': 'funcionarios',
    'committee.meetingNotHeld':
      'La sesión es el {on}: la asistencia se registra una vez celebrada.',
    'committee.date.invitation': 'La fecha de la invitación,',
    'fieldRecord.notOnTeam':
      '{user} no forma parte del equipo de esta visita ({state}), por lo que no puede anotar sus registros sobre el terreno. Un planificador de la DECT puede incorporarle al equipo de la visita.',
    'fieldRecord.visitCancelled':
      'Esta visita ({state}) se canceló: ya no se registra nada en ella.',
    'fieldRecord.visitCancelledOn':
      'Esta visita ({state}) se canceló el {on}: ya no se registra nada en ella.',
    'fieldRecord.meetingNotFound': 'Esta reunión no existe (puede que se haya eliminado).',
    'fieldRecord.observationNotFound': 'Esta observación no existe (puede que se haya eliminado).',
    'fieldRecord.proposalNotFound':
      'Esta propuesta de estado no existe (puede que se haya eliminado).',
    'fieldRecord.findingNotFound': 'Esta conclusión no existe (puede que se haya eliminado).',
    'fieldRecord.visitHasNoDates':
      'Esta visita ({state}) aún no tiene fechas: un planificador las registra antes de que se anoten las reuniones.',
    'fieldRecord.meetingOutsideVisit':
      'La reunión tiene fecha del {heldOn}, fuera de las fechas de la visita (del {start} al {end}).',
    'fieldRecord.chooseMeeting': 'Elija una reunión del registro de esta visita.',
    'fieldRecord.decision.pending': 'pendiente',
    'fieldRecord.decision.accepted': 'aceptada',
    'fieldRecord.decision.declined': 'rechazada',
    'fieldRecord.decision.withdrawn': 'retirada',
    'fieldRecord.proposalDecided': 'Esta propuesta ya fue {decision}; ya no puede cambiar.',
    'fieldRecord.proposalDecidedOn':
      'Esta propuesta ya fue {decision} el {on}; ya no puede cambiar.',
    'fieldRecord.recommendationCode': 'La recomendación {code}',
    'fieldRecord.thisRecommendation': 'Esta recomendación',
    'fieldRecord.otherState':
      '{recommendation} se dirige a otro Estado ({recommendationState}) distinto del Estado visitado ({visitState}): proponga actualizaciones de las recomendaciones del Estado visitado.',
    'fieldRecord.alreadyAtStatus':
      '{recommendation} ya tiene el estado «{status}»: proponga otro estado.',
    'fieldRecord.alreadyAtStatusSince':
      '{recommendation} ya tiene el estado «{status}» (desde el {since}): proponga otro estado.',
    'fieldRecord.proposalPending':
      '{recommendation} ya tiene una propuesta, hecha el {on}, pendiente de la decisión de la Sede: retírela antes de proponer otra.',
    'fieldRecord.onlyAuthorWithdraws':
      'Solo {author}, que hizo esta propuesta, o un planificador puede retirarla.',
    'fieldRecord.itsAuthor': 'su autor',
    'fieldRecord.recommendationGone': 'La recomendación de esta propuesta ya no existe.',
    'fieldRecord.newerStatus':
      'Se registró un estado más reciente («{status}», {asOf}) después de esta propuesta ({proposedOn}): rechácela indicándolo.',
    'fieldRecord.findingOtherVisit':
      'Esta conclusión pertenece a otra visita: no puede trasladarse.',
    'fieldRecord.partOutsideVisit':
      '«{label}» (del {start} al {end}) queda fuera de las fechas de la visita (del {visitStart} al {visitEnd}).',
    'fieldRecord.date.meeting': 'La fecha de la reunión,',
  },
  ru: {
    'consent.notFound': 'Эта просьба о согласии не существует (возможно, она была удалена).',
    'consent.standing.ref': ' ({ref})',
    'consent.standing.pending': 'просьба направлена {sentOn}{ref}, ответ ещё не получен',
    'consent.standing.pendingReminded': {
      one: 'просьба направлена {sentOn}{ref}, ответ не получен и после {count} напоминания',
      few: 'просьба направлена {sentOn}{ref}, ответ не получен и после {count} напоминаний',
      many: 'просьба направлена {sentOn}{ref}, ответ не получен и после {count} напоминаний',
      other: 'просьба направлена {sentOn}{ref}, ответ не получен и после {count} напоминания',
    },
    'consent.standing.granted': 'согласие дано {on}{ref}',
    'consent.standing.declined': 'в согласии отказано {on}{ref}',
    'consent.standing.deferred': 'решение отложено государством {on}{ref}',
    'consent.standing.no_reply': 'отсутствие ответа зарегистрировано {on}{ref}',
    'consent.standing.withdrawn': 'просьба отозвана {on}{ref}',
    'consent.listStatus.draft': 'проект',
    'consent.listStatus.proposed': 'предложен',
    'consent.listStatus.adopted': 'утверждён',
    'consent.noList':
      'Списка на {year} год ещё нет: сначала составьте, предложите и утвердите его.',
    'consent.listNotAdopted':
      'Статус списка на {year} год: «{status}». Согласие запрашивается по списку после того, как Комитет утвердит его.',
    'consent.skippedAlready': 'Пропущено: {standing}.',
    'consent.notListEntry':
      'Эта позиция не является местом государства {iso3} в текущей версии списка на {year} год.',
    'consent.alreadyRequested':
      'По государству ({state}) на {year} год уже есть просьба о согласии ({standing}).',
    'consent.duplicateReference':
      'Вербальная нота {ref} уже зарегистрирована для государства ({state}); присвойте этой просьбе собственный номер.',
    'consent.referenceUsed': 'Уже использован для государства ({state}).',
    'consent.noReminderNeeded': 'Напоминание не требуется: {standing}.',
    'consent.finalReplyGranted':
      'По этой просьбе уже есть окончательный ответ ({standing}), и он не заменяется. Если государство отзывает своё согласие, зарегистрируйте отзыв.',
    'consent.finalReply':
      'По этой просьбе уже есть окончательный ответ ({standing}), и он не заменяется. Если государство теперь может согласиться, направьте новую просьбу.',
    'consent.proposedDatesWithReply':
      'Предлагаемые даты указываются при согласии или при отсрочке, а не при таком ответе.',
    'consent.confidentialWithReply':
      'Государство просит о конфиденциальности, когда соглашается на посещение (или откладывает его), а не при таком ответе.',
    'consent.cannotWithdraw': 'Эту просьбу отозвать нельзя: {standing}.',
    'consent.visitConducted':
      'На основании этого согласия было проведено посещение; отозвать согласие уже нельзя.',
    'consent.visitConductedFrom':
      'На основании этого согласия было проведено посещение (начиная с {start}); отозвать согласие уже нельзя.',
    'consent.date.notesSent': 'Дата отправки вербальных нот',
    'consent.date.noteVerbale': 'Дата вербальной ноты',
    'consent.date.reminder': 'Дата напоминания',
    'consent.date.reply': 'Дата ответа',
    'consent.date.withdrawal': 'Дата отзыва',
    'consent.earlier.listAdoption': 'дата утверждения списка на {year} год',
    'consent.earlier.request': 'дата просьбы',
    'consent.earlier.lastReminder': 'дата последнего напоминания',
    'consent.earlier.previousReply': 'дата предыдущего ответа',
    'consent.earlier.stateReply': 'дата ответа государства',
    'visit.notFound': 'Это посещение не существует (возможно, оно было удалено).',
    'visit.status.planned': 'запланировано',
    'visit.status.scheduled': 'назначено',
    'visit.status.conducted': 'проведено',
    'visit.status.postponed': 'отложено',
    'visit.status.cancelled': 'отменено',
    'visit.kind.comprehensive': 'всеобъемлющее',
    'visit.kind.focused': 'целевое',
    'visit.kind.regional': 'региональное',
    'visit.kind.follow_up': 'последующее',
    'visit.kind.advocacy': 'информационно-пропагандистское',
    'visit.list': '{first}, {next}',
    'visit.anyTime': 'в любое время',
    'visit.consentNotFound': 'Эта просьба о согласии не существует.',
    'visit.consentOtherState': 'Эта просьба о согласии относится к другому государству.',
    'visit.needsConsent':
      'Для статуса «{status}» посещению требуется согласие государства: свяжите посещение с просьбой о согласии; пока согласие не дано ни по одной просьбе.',
    'visit.needsConsentExample':
      'Для статуса «{status}» посещению требуется согласие государства: свяжите посещение с просьбой о согласии (например, {ref}, согласие дано {on}).',
    'visit.needsConsentExampleUnnumbered':
      'Для статуса «{status}» посещению требуется согласие государства: свяжите посещение с просьбой о согласии (например, с той, по которой согласие дано {on}).',
    'visit.consentNotGranted':
      'Связанная просьба о согласии: {standing}. Статус «{status}» посещение может иметь только при данном согласии.',
    'visit.outsideConsentWindow':
      'Сроки посещения ({start} — {end}) выходят за пределы периода, на который согласилось государство ({from} — {to}).',
    'visit.conductedBeforeEnd':
      'Посещение, которое заканчивается {lastDay}, нельзя зарегистрировать как проведённое до этой даты.',
    'visit.kindFixedByReport':
      'По этому посещению уже есть доклад об оценке, поэтому его вид не меняется: «{kind}» (от него зависят последующие меры согласно пункту 16).',
    'visit.confidentialByConsent':
      'В своём согласии ({on}) государство просило о конфиденциальности; посещение не включается в публикуемые документы.',
    'visit.overlap':
      'У государства ({state}) уже есть посещение (вид: {kind}; статус: {status}) с {start} по {end}. Подтвердите, чтобы зарегистрировать оба посещения.',
    'visit.cannotBecome':
      'Статус посещения нельзя изменить с «{from}» на «{to}». Допустимые статусы: {allowed}.',
    'visit.cannotBecomeFinal':
      'Статус посещения нельзя изменить с «{from}» на «{to}». Этот статус больше не меняется.',
    'visit.date.change': 'Дата этого изменения',
    'visit.earlier.lastChange': 'дата последнего изменения статуса посещения',
    'visit.problem.visitEndsBeforeStart': 'Посещение заканчивается раньше, чем начинается.',
    'visit.problem.virtualEndsBeforeStart':
      'Виртуальная часть заканчивается раньше, чем начинается.',
    'visit.problem.physicalEndsBeforeStart': 'Очная часть заканчивается раньше, чем начинается.',
    'visit.problem.physicalBeforeVirtual':
      'В гибридном посещении очная часть следует за виртуальной.',
    'visit.problem.virtualOutside': 'Виртуальная часть выходит за пределы сроков посещения.',
    'visit.problem.physicalOutside': 'Очная часть выходит за пределы сроков посещения.',
    'visit.problem.hybridNeedsParts':
      'Для гибридного посещения нужны даты его виртуальной и очной частей.',
    'visit.problem.onlyHybridHasParts':
      'Отдельные виртуальная и очная части бывают только у гибридного посещения.',
    'visit.problem.needsStart': 'Для назначенного или проведённого посещения нужна дата начала.',
    'visit.problem.needsEnd': 'Для проведённого посещения нужна дата окончания.',
    'report.notFound': 'Этот доклад об оценке не существует (возможно, он был удалён).',
    'report.recommendationNotFound': 'Эта рекомендация не существует (возможно, она была удалена).',
    'report.taNotFound': 'Эта запись о технической помощи не существует.',
    'report.step.drafting': 'составление проекта',
    'report.step.sent_to_state': 'направление проекта государству',
    'report.step.observations_received': 'получение фактических замечаний',
    'report.step.submitted_to_ctc': 'представление Комитету',
    'report.step.adopted': 'утверждение Комитетом',
    'report.step.transmitted': 'препровождение государству',
    'report.recommendationStatus.not_started': 'не начато',
    'report.recommendationStatus.in_progress': 'в процессе',
    'report.recommendationStatus.partially_implemented': 'выполнена частично',
    'report.recommendationStatus.implemented': 'выполнена',
    'report.recommendationStatus.no_information': 'нет информации',
    'report.recommendationStatus.no_longer_relevant': 'утратила актуальность',
    'report.adoptedNoNewRecommendations':
      'Комитет утвердил этот доклад {on}: добавлять в него рекомендации больше нельзя. Вместо этого зарегистрируйте ход выполнения рекомендации как обновление статуса.',
    'report.adoptedWordingFixed':
      'Комитет утвердил этот доклад {on}: формулировки его рекомендаций окончательны. Вместо этого зарегистрируйте ход выполнения рекомендации как обновление статуса.',
    'report.duplicateCode': 'В этом докладе уже есть рекомендация {code}.',
    'report.codeUsed': 'Код {code} уже используется в этом докладе.',
    'report.foreignRecommendations': {
      one: 'Связывайте только рекомендации этого доклада ({count} рекомендация к нему не относится).',
      few: 'Связывайте только рекомендации этого доклада ({count} рекомендации к нему не относятся).',
      many: 'Связывайте только рекомендации этого доклада ({count} рекомендаций к нему не относятся).',
      other:
        'Связывайте только рекомендации этого доклада ({count} рекомендации к нему не относятся).',
    },
    'report.evidenceNeeded':
      'Для статуса «{status}» нужны доказательства: укажите, что его подтверждает.',
    'report.sourceNeeded': 'Укажите источник доказательств (документ, встреча, ответ).',
    'report.historyAppendOnly':
      'История рекомендации только пополняется: её последний статус датирован {latest}, поэтому новый статус не может быть датирован {asOf}.',
    'report.useLaterDate': 'Укажите {latest} или более позднюю дату.',
    'report.advocacyHasNoReport':
      'По информационно-пропагандистскому посещению доклад об оценке не составляется; он составляется только по оценочным посещениям.',
    'report.visitNotConducted':
      'Статус этого посещения: «{status}». Доклад составляется после того, как посещение проведено.',
    'report.alreadyExists': 'По этому посещению уже есть доклад об оценке.',
    'report.adoptionByCommittee':
      'Доклады об оценке утверждает Комитет: утверждение регистрирует член КТК.',
    'report.stepByPlanners':
      'Этап «{step}» регистрируют планировщики ИДКТК; утверждение доклада регистрирует член КТК.',
    'report.noFurtherStep': 'Этот доклад уже препровождён государству {on}; дальнейших этапов нет.',
    'report.stepAlreadyTaken':
      'Этап «{step}» по этому докладу уже пройден {on}. Следующий этап: «{next}».',
    'report.noSkippingSteps':
      'Этапы нельзя пропускать: следующий этап этого доклада — «{next}», а не «{step}».',
    'report.stepBeforePrevious': 'Дата {on} раньше даты этапа «{previous}» ({previousOn}).',
    'report.noneOnlyForObservations':
      'Отметку «не получены» можно зарегистрировать только для этапа фактических замечаний.',
    'report.observationsNotYetDue':
      'Государство может направить свои фактические замечания до {due} ({days} дн. после направления проекта); отметку «не получены» регистрируйте после этой даты.',
    'report.releaseDateWithoutConsent':
      'Дата согласия на опубликование указывается при частичном или полном согласии, а не при его отсутствии.',
    'report.releaseDateNeeded': 'Укажите дату, когда государство дало согласие на опубликование.',
    'report.replyBeforeTransmission':
      'Государство сообщает о выполнении после того, как ему препровождён окончательный доклад; этот доклад ещё не препровождён.',
    'report.replyAlreadyRecorded':
      'Ответ государства о выполнении уже зарегистрирован (получен {on}).',
    'report.date.taRequest': 'Дата просьбы',
    'report.date.status': 'Дата статуса',
    'report.date.draft': 'Дата проекта',
    'report.date.step': 'Дата этапа «{step}»',
    'report.date.releaseConsent': 'Дата согласия на опубликование',
    'report.date.reply': 'Дата ответа',
    'report.earlier.request': 'дата просьбы',
    'report.earlier.drafted': 'дата составления доклада',
    'report.earlier.visitBegan': 'дата начала посещения',
    'report.earlier.transmitted': 'дата препровождения доклада',
    'followup.notFound': 'Этот доклад о последующих мерах не существует (возможно, он был удалён).',
    'followup.submitted':
      'Этот доклад о последующих мерах был представлен Комитету {on} и больше не изменяется.',
    'followup.reportNotAdopted':
      'Последующие меры согласно пункту 16 начинаются после того, как Комитет утвердит доклад об оценке; этот доклад ещё не утверждён.',
    'followup.notInitial':
      'Это доклад о последующем посещении, а не о первоначальной оценке: отдельный доклад согласно пункту 16 по нему не требуется.',
    'followup.beforeOp16':
      'Пункт 16 применяется к докладам, утверждённым {start} или позднее; этот доклад утверждён {adoptedOn}.',
    'followup.alreadyStarted': 'Последующие меры согласно пункту 16 по этому докладу уже начаты.',
    'followup.onlyThisReport': 'Оценивайте только рекомендации этого доклада.',
    'followup.assessedOnce':
      'В докладе о последующих мерах каждая рекомендация оценивается один раз.',
    'followup.commentNeeded': 'Укажите, что подтверждает статус «{status}» рекомендации {code}.',
    'followup.unassessed': {
      one: 'Перед представлением оцените все рекомендации: {count} из {total} ещё не оценена.',
      few: 'Перед представлением оцените все рекомендации: {count} из {total} ещё не оценены.',
      many: 'Перед представлением оцените все рекомендации: {count} из {total} ещё не оценены.',
      other: 'Перед представлением оцените все рекомендации: {count} из {total} ещё не оценены.',
    },
    'followup.summaryNeeded': 'Перед представлением кратко изложите меры, принятые государством.',
    'followup.date.start': 'Дата начала',
    'followup.date.submission': 'Дата представления',
    'followup.earlier.reportAdopted': 'дата утверждения доклада',
    'followup.earlier.started': 'дата начала последующих мер',
    'committee.meetingNotFound': 'Это заседание Комитета не существует.',
    'committee.invitationNotFound': 'Это приглашение не существует.',
    'committee.invitedAfterNewDate':
      'Государство ({state}) было приглашено {invitedOn}, то есть после {heldOn}: заседание нельзя перенести на дату раньше направленных приглашений.',
    'committee.attendanceRecorded':
      'Присутствие на этом заседании уже зарегистрировано: перенести его на будущую дату нельзя.',
    'committee.reportOfAnotherState':
      'Этот доклад относится к другому государству ({state}), а не к приглашённому.',
    'committee.reportNotAdopted':
      'Должностных лиц приглашают проинформировать Комитет по утверждённому докладу; этот доклад ещё не утверждён.',
    'committee.invitationAfterMeeting':
      'Приглашение ({invitedOn}) датировано позднее заседания ({heldOn}).',
    'committee.invitationBeforeAdoption':
      'Приглашение ({invitedOn}) датировано ранее утверждения доклада ({adoptedOn}).',
    'committee.alreadyInvited':
      'Государство ({state}) уже приглашено на это заседание ({official}, {invitedOn}).',
    'committee.officials': 'должностные лица',
    'committee.meetingNotHeld':
      'Заседание назначено на {on}: присутствие регистрируется после того, как оно состоится.',
    'committee.date.invitation': 'Дата приглашения',
    'fieldRecord.notOnTeam':
      'Пользователь {user} не входит в группу этого посещения ({state}), поэтому не может вносить записи на местах. Планировщик может включить вас в группу посещения.',
    'fieldRecord.visitCancelled':
      'Это посещение ({state}) было отменено: новые записи по нему не вносятся.',
    'fieldRecord.visitCancelledOn':
      'Это посещение ({state}) было отменено {on}: новые записи по нему не вносятся.',
    'fieldRecord.meetingNotFound': 'Эта встреча не существует (возможно, она была удалена).',
    'fieldRecord.observationNotFound': 'Это наблюдение не существует (возможно, оно было удалено).',
    'fieldRecord.proposalNotFound':
      'Это предложение о статусе не существует (возможно, оно было удалено).',
    'fieldRecord.findingNotFound': 'Этот вывод не существует (возможно, он был удалён).',
    'fieldRecord.visitHasNoDates':
      'У этого посещения ({state}) ещё нет дат: планировщик вносит их до того, как регистрируются встречи.',
    'fieldRecord.meetingOutsideVisit':
      'Встреча датирована {heldOn}, то есть вне сроков посещения ({start} — {end}).',
    'fieldRecord.chooseMeeting': 'Выберите встречу из журнала этого посещения.',
    'fieldRecord.decision.pending': 'ожидает решения',
    'fieldRecord.decision.accepted': 'принято',
    'fieldRecord.decision.declined': 'отклонено',
    'fieldRecord.decision.withdrawn': 'отозвано',
    'fieldRecord.proposalDecided':
      'Статус этого предложения уже определён («{decision}») и больше не меняется.',
    'fieldRecord.proposalDecidedOn':
      'Статус этого предложения уже определён {on} («{decision}») и больше не меняется.',
    'fieldRecord.recommendationCode': 'Рекомендация {code}',
    'fieldRecord.thisRecommendation': 'Эта рекомендация',
    'fieldRecord.otherState':
      '{recommendation} адресована другому государству ({recommendationState}), а не посещаемому ({visitState}): предлагайте обновления только по рекомендациям посещаемого государства.',
    'fieldRecord.alreadyAtStatus':
      '{recommendation} уже имеет статус «{status}»: предложите другой статус.',
    'fieldRecord.alreadyAtStatusSince':
      '{recommendation} уже имеет статус «{status}» (с {since}): предложите другой статус.',
    'fieldRecord.proposalPending':
      'По рекомендации ({recommendation}) уже есть предложение от {on}, ожидающее решения Центральных учреждений: отзовите его, прежде чем вносить другое.',
    'fieldRecord.onlyAuthorWithdraws':
      'Отозвать это предложение может только его автор ({author}) или планировщик.',
    'fieldRecord.itsAuthor': 'имя не записано',
    'fieldRecord.recommendationGone':
      'Рекомендация, к которой относится это предложение, больше не существует.',
    'fieldRecord.newerStatus':
      'После этого предложения ({proposedOn}) был зарегистрирован более новый статус («{status}», {asOf}): отклоните предложение, указав это.',
    'fieldRecord.findingOtherVisit':
      'Этот вывод относится к другому посещению: перенести его нельзя.',
    'fieldRecord.partOutsideVisit':
      '«{label}» ({start} — {end}) выходит за пределы сроков посещения ({visitStart} — {visitEnd}).',
    'fieldRecord.date.meeting': 'Дата встречи',
  },
  zh: {
    'consent.notFound': '此同意请求不存在（可能已被删除）。',
    'consent.standing.ref': '（{ref}）',
    'consent.standing.pending': '已于 {sentOn} 发出{ref}，仍在等待答复',
    'consent.standing.pendingReminded': {
      other: '已于 {sentOn} 发出{ref}，经 {count} 次催询后仍在等待答复',
    },
    'consent.standing.granted': '已于 {on} 获得同意{ref}',
    'consent.standing.declined': '已于 {on} 被拒绝{ref}',
    'consent.standing.deferred': '已于 {on} 被该国推迟{ref}',
    'consent.standing.no_reply': '已于 {on} 记录为未答复{ref}',
    'consent.standing.withdrawn': '已于 {on} 撤回{ref}',
    'consent.listStatus.draft': '草案',
    'consent.listStatus.proposed': '已提交',
    'consent.listStatus.adopted': '已通过',
    'consent.noList': '尚无{year}年名单：请先编制、提交并通过名单。',
    'consent.listNotAdopted':
      '{year}年名单的状态为“{status}”：委员会通过名单后，才向名单所列国家请求同意。',
    'consent.skippedAlready': '已有请求，{standing}。',
    'consent.notListEntry': '此条目不是 {iso3} 在{year}年名单现行版本中的条目。',
    'consent.alreadyRequested': '{state}已有{year}年的请求，该请求{standing}。',
    'consent.duplicateReference': '普通照会 {ref} 已为{state}记录；请为此请求另编编号。',
    'consent.referenceUsed': '已用于{state}。',
    'consent.noReminderNeeded': '无需催询：此请求{standing}。',
    'consent.finalReplyGranted':
      '此请求{standing}；最终答复不能替换。如果该国撤回同意，请记录撤回。',
    'consent.finalReply':
      '此请求{standing}；最终答复不能替换。如果该国现在可能同意，请发出新的请求。',
    'consent.proposedDatesWithReply': '提议的日期只能与同意或推迟一并记录，不能与此答复一并记录。',
    'consent.confidentialWithReply': '会员国在同意（或推迟）访问时要求保密，而不是在作出此答复时。',
    'consent.cannotWithdraw': '此请求{standing}，无法撤回。',
    'consent.visitConducted': '已根据此项同意进行访问；同意不能再撤回。',
    'consent.visitConductedFrom': '已根据此项同意进行访问（自 {start} 起）；同意不能再撤回。',
    'consent.date.notesSent': '普通照会发出日期',
    'consent.date.noteVerbale': '普通照会日期',
    'consent.date.reminder': '催询日期',
    'consent.date.reply': '答复日期',
    'consent.date.withdrawal': '撤回日期',
    'consent.earlier.listAdoption': '{year}年名单的通过日期',
    'consent.earlier.request': '请求日期',
    'consent.earlier.lastReminder': '上一次催询的日期',
    'consent.earlier.previousReply': '上一次答复的日期',
    'consent.earlier.stateReply': '该国答复的日期',
    'visit.notFound': '此访问不存在（可能已被删除）。',
    'visit.status.planned': '已规划',
    'visit.status.scheduled': '已排定',
    'visit.status.conducted': '已进行',
    'visit.status.postponed': '已推迟',
    'visit.status.cancelled': '已取消',
    'visit.kind.comprehensive': '全面',
    'visit.kind.focused': '重点',
    'visit.kind.regional': '区域',
    'visit.kind.follow_up': '后续',
    'visit.kind.advocacy': '宣传',
    'visit.list': '{first}、{next}',
    'visit.anyTime': '任何时间',
    'visit.consentNotFound': '此同意请求不存在。',
    'visit.consentOtherState': '此同意请求涉及另一国家。',
    'visit.needsConsent':
      '“{status}”的访问需要该国给予同意：请关联其同意请求；目前尚无请求获得同意。',
    'visit.needsConsentExample':
      '“{status}”的访问需要该国给予同意：请关联其同意请求（例如 {on} 获得同意的 {ref}）。',
    'visit.needsConsentExampleUnnumbered':
      '“{status}”的访问需要该国给予同意：请关联其同意请求（例如 {on} 获得同意的请求）。',
    'visit.consentNotGranted':
      '所关联的同意请求{standing}：访问只有在获得同意后才能处于“{status}”状态。',
    'visit.outsideConsentWindow':
      '访问日期（{start}至{end}）不在该国同意的期间（{from}至{to}）之内。',
    'visit.conductedBeforeEnd': '在 {lastDay} 结束的访问，在该日期之前不能记录为已进行。',
    'visit.kindFixedByReport':
      '此访问已有评估报告，因此仍为{kind}访问（其第 16 段后续行动取决于此）。',
    'visit.confidentialByConsent': '该国在同意中（{on}）要求保密；此访问不列入公布的文件。',
    'visit.overlap':
      '{state}已有一次{kind}访问（{status}），时间为 {start} 至 {end}。请确认以记录两次访问。',
    'visit.cannotBecome': '状态为“{from}”的访问不能变为“{to}”。可变为：{allowed}。',
    'visit.cannotBecomeFinal': '状态为“{from}”的访问不能变为“{to}”。其状态不能再更改。',
    'visit.date.change': '此项变更的日期',
    'visit.earlier.lastChange': '访问上一次状态变更的日期',
    'visit.problem.visitEndsBeforeStart': '访问的结束日期早于开始日期。',
    'visit.problem.virtualEndsBeforeStart': '虚拟部分的结束日期早于开始日期。',
    'visit.problem.physicalEndsBeforeStart': '实地部分的结束日期早于开始日期。',
    'visit.problem.physicalBeforeVirtual': '在混合访问中，实地部分在虚拟部分之后进行。',
    'visit.problem.virtualOutside': '虚拟部分不在访问日期之内。',
    'visit.problem.physicalOutside': '实地部分不在访问日期之内。',
    'visit.problem.hybridNeedsParts': '混合访问需要填写虚拟部分和实地部分的日期。',
    'visit.problem.onlyHybridHasParts': '只有混合访问才分为虚拟部分和实地部分。',
    'visit.problem.needsStart': '已排定或已进行的访问需要开始日期。',
    'visit.problem.needsEnd': '已进行的访问需要结束日期。',
    'report.notFound': '此评估报告不存在（可能已被删除）。',
    'report.recommendationNotFound': '此建议不存在（可能已被删除）。',
    'report.taNotFound': '此技术援助记录不存在。',
    'report.step.drafting': '起草',
    'report.step.sent_to_state': '送交该国',
    'report.step.observations_received': '收到事实性意见',
    'report.step.submitted_to_ctc': '提交委员会',
    'report.step.adopted': '由委员会通过',
    'report.step.transmitted': '转交该国',
    'report.recommendationStatus.not_started': '尚未开始',
    'report.recommendationStatus.in_progress': '进行中',
    'report.recommendationStatus.partially_implemented': '部分执行',
    'report.recommendationStatus.implemented': '已执行',
    'report.recommendationStatus.no_information': '无资料',
    'report.recommendationStatus.no_longer_relevant': '不再相关',
    'report.adoptedNoNewRecommendations':
      '委员会已于 {on} 通过此报告：不能再增加建议。请改为以状态更新记录建议的进展。',
    'report.adoptedWordingFixed':
      '委员会已于 {on} 通过此报告：建议的措辞已确定。请改为以状态更新记录建议的进展。',
    'report.duplicateCode': '此报告已有建议 {code}。',
    'report.codeUsed': '{code} 已在此报告中使用。',
    'report.foreignRecommendations': {
      other: '只能关联此报告的建议（有 {count} 项不是）。',
    },
    'report.evidenceNeeded': '“{status}”状态需要证据：请说明证明该状态的依据。',
    'report.sourceNeeded': '请说明证据的来源（某份文件、某次会晤、某份答复）。',
    'report.historyAppendOnly':
      '建议的历史记录只能增加：其最新状态的日期为 {latest}，因此新状态的日期不能为 {asOf}。',
    'report.useLaterDate': '请使用 {latest} 或更晚的日期。',
    'report.advocacyHasNoReport': '宣传访问没有评估报告；只有评估访问才有。',
    'report.visitNotConducted': '此访问的状态为“{status}”：访问进行后才起草报告。',
    'report.alreadyExists': '此访问已有评估报告。',
    'report.adoptionByCommittee': '评估报告由委员会通过：通过由反恐委员会成员记录。',
    'report.stepByPlanners':
      '报告的“{step}”由反恐执行局规划人员记录；报告的通过由反恐委员会成员记录。',
    'report.noFurtherStep': '此报告已于 {on} 转交该国；没有后续步骤。',
    'report.stepAlreadyTaken': '此报告已于 {on} 完成“{step}”。下一步是：{next}。',
    'report.noSkippingSteps': '不能跳过步骤：此报告的下一步是“{next}”，而不是“{step}”。',
    'report.stepBeforePrevious': '日期 {on} 早于报告“{previous}”的日期（{previousOn}）。',
    'report.noneOnlyForObservations': '只有事实性意见这一步骤可以记录为“未收到”。',
    'report.observationsNotYetDue':
      '该国可在 {due} 之前（草稿送交后 {days} 天内）提交事实性意见；请在该日期之后再记录“未收到”。',
    'report.releaseDateWithoutConsent':
      '同意公布的日期只能与部分或全部同意一并记录，不能与“无”一并记录。',
    'report.releaseDateNeeded': '请填写该国同意公布的日期。',
    'report.replyBeforeTransmission': '该国在最后报告转交后才报告执行情况；此报告尚未转交。',
    'report.replyAlreadyRecorded': '该国关于执行情况的答复已有记录（收到日期 {on}）。',
    'report.date.taRequest': '请求日期',
    'report.date.status': '状态日期',
    'report.date.draft': '草稿日期',
    'report.date.step': '报告“{step}”的日期',
    'report.date.releaseConsent': '同意公布的日期',
    'report.date.reply': '答复日期',
    'report.earlier.request': '请求日期',
    'report.earlier.drafted': '报告起草日期',
    'report.earlier.visitBegan': '访问开始日期',
    'report.earlier.transmitted': '报告转交日期',
    'followup.notFound': '此后续报告不存在（可能已被删除）。',
    'followup.submitted': '此后续报告已于 {on} 提交委员会；不能再更改。',
    'followup.reportNotAdopted': '第 16 段后续行动在委员会通过评估报告后开始；此报告尚未通过。',
    'followup.notInitial': '这是后续访问的报告，而不是初次评估的报告：无需单独提交第 16 段报告。',
    'followup.beforeOp16': '第 16 段适用于在 {start} 或之后通过的报告；此报告于 {adoptedOn} 通过。',
    'followup.alreadyStarted': '此报告的第 16 段后续行动已经开始。',
    'followup.onlyThisReport': '只评估此报告的建议。',
    'followup.assessedOnce': '在一份后续报告中，每项建议只评估一次。',
    'followup.commentNeeded': '请说明证明建议 {code} 为“{status}”的依据。',
    'followup.unassessed': {
      other: '提交前请评估每一项建议：{total} 项中有 {count} 项尚未评估。',
    },
    'followup.summaryNeeded': '提交前请填写该国所采取步骤的摘要。',
    'followup.date.start': '开始日期',
    'followup.date.submission': '提交日期',
    'followup.earlier.reportAdopted': '报告通过日期',
    'followup.earlier.started': '后续行动开始日期',
    'committee.meetingNotFound': '此委员会会议不存在。',
    'committee.invitationNotFound': '此邀请不存在。',
    'committee.invitedAfterNewDate':
      '{state}于 {invitedOn} 受邀，晚于 {heldOn}：会议日期不能移至其邀请日期之前。',
    'committee.attendanceRecorded': '此次会议的出席情况已有记录：会议日期不能移至未来。',
    'committee.reportOfAnotherState': '此报告涉及{state}，而不是受邀国家。',
    'committee.reportNotAdopted': '官员应邀向委员会介绍的是已通过的报告；此报告尚未通过。',
    'committee.invitationAfterMeeting': '邀请日期（{invitedOn}）晚于会议日期（{heldOn}）。',
    'committee.invitationBeforeAdoption':
      '邀请日期（{invitedOn}）早于报告通过日期（{adoptedOn}）。',
    'committee.alreadyInvited': '{state}已受邀出席此次会议（{official}，{invitedOn}）。',
    'committee.officials': '官员',
    'committee.meetingNotHeld': '会议定于 {on} 举行：会议举行后才记录出席情况。',
    'committee.date.invitation': '邀请日期',
    'fieldRecord.notOnTeam':
      '{user} 不是此次{state}访问小组的成员，因此不能填写其实地记录。规划人员可将您加入访问小组。',
    'fieldRecord.visitCancelled': '此次{state}访问已取消：不再对其作任何记录。',
    'fieldRecord.visitCancelledOn': '此次{state}访问已于 {on} 取消：不再对其作任何记录。',
    'fieldRecord.meetingNotFound': '此会晤不存在（可能已被删除）。',
    'fieldRecord.observationNotFound': '此观察不存在（可能已被删除）。',
    'fieldRecord.proposalNotFound': '此状态提议不存在（可能已被删除）。',
    'fieldRecord.findingNotFound': '此调查结果不存在（可能已被删除）。',
    'fieldRecord.visitHasNoDates':
      '此次{state}访问尚无日期：规划人员须先记录日期，然后才能记录会晤。',
    'fieldRecord.meetingOutsideVisit': '会晤日期为 {heldOn}，不在访问日期（{start}至{end}）之内。',
    'fieldRecord.chooseMeeting': '请从此访问的会晤记录中选择一次会晤。',
    'fieldRecord.decision.pending': '待决定',
    'fieldRecord.decision.accepted': '已接受',
    'fieldRecord.decision.declined': '已拒绝',
    'fieldRecord.decision.withdrawn': '已撤回',
    'fieldRecord.proposalDecided': '此提议已处理（{decision}）；不能再更改。',
    'fieldRecord.proposalDecidedOn': '此提议已于 {on} 处理（{decision}）；不能再更改。',
    'fieldRecord.recommendationCode': '建议 {code}',
    'fieldRecord.thisRecommendation': '此建议',
    'fieldRecord.otherState':
      '{recommendation}是向{recommendationState}而不是向{visitState}提出的：请对被访问国家的建议提出更新。',
    'fieldRecord.alreadyAtStatus': '{recommendation}已处于“{status}”状态：请提议其他状态。',
    'fieldRecord.alreadyAtStatusSince':
      '{recommendation}已处于“{status}”状态（自 {since} 起）：请提议其他状态。',
    'fieldRecord.proposalPending':
      '{recommendation}已有一项于 {on} 提出的提议，正等待总部决定：请先撤回该提议，再提出新的提议。',
    'fieldRecord.onlyAuthorWithdraws': '只有提出此提议的{author}或规划人员才能撤回。',
    'fieldRecord.itsAuthor': '提议人',
    'fieldRecord.recommendationGone': '此提议涉及的建议已不存在。',
    'fieldRecord.newerStatus':
      '在此提议（{proposedOn}）之后已记录了更新的状态（“{status}”，{asOf}）：请拒绝此提议并说明这一点。',
    'fieldRecord.findingOtherVisit': '此调查结果属于另一次访问：不能移动。',
    'fieldRecord.partOutsideVisit':
      '“{label}”（{start}至{end}）不在访问日期（{visitStart}至{visitEnd}）之内。',
    'fieldRecord.date.meeting': '会晤日期',
  },
  ar: {
    'consent.notFound': 'طلب الموافقة هذا غير موجود (ربما يكون قد حُذف).',
    'consent.standing.ref': ' ({ref})',
    'consent.standing.pending': 'قُدِّم في {sentOn}{ref} ولا يزال في انتظار الرد',
    'consent.standing.pendingReminded': {
      zero: 'قُدِّم في {sentOn}{ref} ولا يزال في انتظار الرد',
      one: 'قُدِّم في {sentOn}{ref} ولا يزال في انتظار الرد بعد تذكير واحد',
      two: 'قُدِّم في {sentOn}{ref} ولا يزال في انتظار الرد بعد تذكيرين',
      few: 'قُدِّم في {sentOn}{ref} ولا يزال في انتظار الرد بعد {count} تذكيرات',
      many: 'قُدِّم في {sentOn}{ref} ولا يزال في انتظار الرد بعد {count} تذكيرًا',
      other: 'قُدِّم في {sentOn}{ref} ولا يزال في انتظار الرد بعد {count} تذكير',
    },
    'consent.standing.granted': 'حظي بالموافقة في {on}{ref}',
    'consent.standing.declined': 'رُفض في {on}{ref}',
    'consent.standing.deferred': 'أرجأته الدولة في {on}{ref}',
    'consent.standing.no_reply': 'سُجِّل في {on}{ref} على أنه لم يُرد عليه',
    'consent.standing.withdrawn': 'سُحب في {on}{ref}',
    'consent.listStatus.draft': 'لا تزال في مرحلة المشروع',
    'consent.listStatus.proposed': 'مقترحة ولم تُعتمد بعد',
    'consent.listStatus.adopted': 'معتمدة',
    'consent.noList': 'لا توجد قائمة لعام {year} بعد: أعِدّ القائمة واقترحها واعتمدها أولًا.',
    'consent.listNotAdopted':
      'قائمة عام {year} {status}: لا تُطلب موافقة الدول المدرجة في القائمة إلا بعد أن تعتمدها اللجنة.',
    'consent.skippedAlready': 'يوجد طلب بالفعل: {standing}.',
    'consent.notListEntry':
      'هذا البند ليس البند الخاص بالدولة {iso3} في الصيغة الحالية من قائمة عام {year}.',
    'consent.alreadyRequested': 'لدى {state} بالفعل طلب لعام {year}: {standing}.',
    'consent.duplicateReference':
      'المذكرة الشفوية {ref} مسجَّلة بالفعل فيما يخص {state}؛ أعطِ هذا الطلب رقمًا خاصًا به.',
    'consent.referenceUsed': 'مستخدم بالفعل فيما يخص {state}.',
    'consent.noReminderNeeded': 'لا حاجة إلى تذكير: فهذا الطلب {standing}.',
    'consent.finalReplyGranted':
      'هذا الطلب سبق أن {standing}؛ ولا يُستبدل الرد النهائي. وإذا سحبت الدولة موافقتها، فسجِّل سحبًا.',
    'consent.finalReply':
      'هذا الطلب سبق أن {standing}؛ ولا يُستبدل الرد النهائي. أرسل طلبًا جديدًا إذا كان من المحتمل أن توافق الدولة الآن.',
    'consent.proposedDatesWithReply':
      'لا تُرفق التواريخ المقترحة إلا بالموافقة أو بالإرجاء، لا بهذا الرد.',
    'consent.confidentialWithReply':
      'تطلب الدولة السرية عندما توافق على الزيارة (أو ترجئها)، لا في هذا الرد.',
    'consent.cannotWithdraw': 'هذا الطلب سبق أن {standing}؛ ولا يمكن سحبه.',
    'consent.visitConducted': 'أُجريت زيارة بموجب هذه الموافقة؛ ولم يعد من الممكن سحب الموافقة.',
    'consent.visitConductedFrom':
      'أُجريت زيارة بموجب هذه الموافقة (ابتداءً من {start})؛ ولم يعد من الممكن سحب الموافقة.',
    'consent.date.notesSent': 'تاريخ إرسال المذكرات الشفوية،',
    'consent.date.noteVerbale': 'تاريخ المذكرة الشفوية،',
    'consent.date.reminder': 'تاريخ التذكير،',
    'consent.date.reply': 'تاريخ الرد،',
    'consent.date.withdrawal': 'تاريخ السحب،',
    'consent.earlier.listAdoption': 'اعتماد قائمة عام {year}',
    'consent.earlier.request': 'تقديم الطلب',
    'consent.earlier.lastReminder': 'آخر تذكير',
    'consent.earlier.previousReply': 'الرد السابق',
    'consent.earlier.stateReply': 'رد الدولة',
    'visit.notFound': 'هذه الزيارة غير موجودة (ربما تكون قد حُذفت).',
    'visit.status.planned': 'مقرَّرة',
    'visit.status.scheduled': 'محدَّدة الموعد',
    'visit.status.conducted': 'مُجراة',
    'visit.status.postponed': 'مؤجَّلة',
    'visit.status.cancelled': 'ملغاة',
    'visit.kind.comprehensive': 'شاملة',
    'visit.kind.focused': 'مركَّزة',
    'visit.kind.regional': 'إقليمية',
    'visit.kind.follow_up': 'للمتابعة',
    'visit.kind.advocacy': 'للدعوة',
    'visit.list': '{first}، و{next}',
    'visit.anyTime': 'في أي وقت',
    'visit.consentNotFound': 'طلب الموافقة هذا غير موجود.',
    'visit.consentOtherState': 'طلب الموافقة يخص دولة أخرى.',
    'visit.needsConsent':
      'الزيارة التي حالتها «{status}» تتطلب موافقة الدولة: اربطها بطلب الموافقة الخاص بها؛ ولم تُمنح أي موافقة حتى الآن.',
    'visit.needsConsentExample':
      'الزيارة التي حالتها «{status}» تتطلب موافقة الدولة: اربطها بطلب الموافقة الخاص بها (مثل الطلب {ref} الذي حظي بالموافقة في {on}).',
    'visit.needsConsentExampleUnnumbered':
      'الزيارة التي حالتها «{status}» تتطلب موافقة الدولة: اربطها بطلب الموافقة الخاص بها (مثل الطلب الذي حظي بالموافقة في {on}).',
    'visit.consentNotGranted':
      'طلب الموافقة المرتبط بالزيارة {standing}: ولا تكون حالة الزيارة «{status}» إلا بموافقة ممنوحة.',
    'visit.outsideConsentWindow':
      'تواريخ الزيارة (من {start} إلى {end}) تقع خارج الفترة التي وافقت عليها الدولة (من {from} إلى {to}).',
    'visit.conductedBeforeEnd':
      'لا يمكن تسجيل زيارة تنتهي في {lastDay} على أنها أُجريت قبل ذلك التاريخ.',
    'visit.kindFixedByReport':
      'لهذه الزيارة تقرير تقييم بالفعل، ولذلك تبقى زيارة {kind} (إذ تتوقف عليها المتابعة بموجب الفقرة 16).',
    'visit.confidentialByConsent':
      'طلبت الدولة السرية في موافقتها ({on})؛ ولذلك تبقى الزيارة خارج الوثائق المنشورة.',
    'visit.overlap':
      'لدى {state} بالفعل زيارة {kind} (حالتها: {status}) من {start} إلى {end}. أكِّد لتسجيل الزيارتين كلتيهما.',
    'visit.cannotBecome':
      'لا يمكن أن تتحول حالة الزيارة من «{from}» إلى «{to}». ويمكن أن تصبح: {allowed}.',
    'visit.cannotBecomeFinal':
      'لا يمكن أن تتحول حالة الزيارة من «{from}» إلى «{to}». ولم يعد من الممكن تغيير حالتها.',
    'visit.date.change': 'تاريخ هذا التغيير،',
    'visit.earlier.lastChange': 'آخر تغيير في حالة الزيارة',
    'visit.problem.visitEndsBeforeStart': 'تنتهي الزيارة قبل أن تبدأ.',
    'visit.problem.virtualEndsBeforeStart': 'ينتهي الجزء الافتراضي قبل أن يبدأ.',
    'visit.problem.physicalEndsBeforeStart': 'ينتهي الجزء الحضوري قبل أن يبدأ.',
    'visit.problem.physicalBeforeVirtual':
      'في الزيارة المختلطة، يلي الجزءُ الحضوري الجزءَ الافتراضي.',
    'visit.problem.virtualOutside': 'يقع الجزء الافتراضي خارج تواريخ الزيارة.',
    'visit.problem.physicalOutside': 'يقع الجزء الحضوري خارج تواريخ الزيارة.',
    'visit.problem.hybridNeedsParts':
      'تتطلب الزيارة المختلطة تواريخ جزئها الافتراضي وجزئها الحضوري.',
    'visit.problem.onlyHybridHasParts':
      'لا يكون الجزءان الافتراضي والحضوري منفصلين إلا في الزيارة المختلطة.',
    'visit.problem.needsStart': 'تتطلب الزيارة المحدَّدة الموعد أو المُجراة تاريخ بدء.',
    'visit.problem.needsEnd': 'تتطلب الزيارة المُجراة تاريخ انتهاء.',
    'report.notFound': 'تقرير التقييم هذا غير موجود (ربما يكون قد حُذف).',
    'report.recommendationNotFound': 'هذه التوصية غير موجودة (ربما تكون قد حُذفت).',
    'report.taNotFound': 'سجل المساعدة التقنية هذا غير موجود.',
    'report.step.drafting': 'صِيغ',
    'report.step.sent_to_state': 'أُرسل إلى الدولة',
    'report.step.observations_received': 'وردت بشأنه الملاحظات الوقائعية',
    'report.step.submitted_to_ctc': 'قُدِّم إلى اللجنة',
    'report.step.adopted': 'اعتمدته اللجنة',
    'report.step.transmitted': 'أُحيل إلى الدولة',
    'report.recommendationStatus.not_started': 'لم يبدأ تنفيذها',
    'report.recommendationStatus.in_progress': 'قيد التنفيذ',
    'report.recommendationStatus.partially_implemented': 'نُفذت جزئيًا',
    'report.recommendationStatus.implemented': 'نُفذت',
    'report.recommendationStatus.no_information': 'لا توجد معلومات',
    'report.recommendationStatus.no_longer_relevant': 'لم تعد ذات صلة',
    'report.adoptedNoNewRecommendations':
      'اعتمدت اللجنة هذا التقرير في {on}: ولم يعد من الممكن إضافة توصيات إليه. سجِّل بدلًا من ذلك التقدم المحرز في تنفيذ التوصية بوصفه تحديثًا لحالتها.',
    'report.adoptedWordingFixed':
      'اعتمدت اللجنة هذا التقرير في {on}: وصياغة توصياته نهائية. سجِّل بدلًا من ذلك التقدم المحرز في تنفيذ التوصية بوصفه تحديثًا لحالتها.',
    'report.duplicateCode': 'يتضمن هذا التقرير بالفعل توصية رمزها {code}.',
    'report.codeUsed': 'الرمز {code} مستخدم بالفعل في هذا التقرير.',
    'report.foreignRecommendations': {
      one: 'لا تربط إلا توصيات هذا التقرير (توصية واحدة ليست منه).',
      two: 'لا تربط إلا توصيات هذا التقرير (توصيتان ليستا منه).',
      other: 'لا تربط إلا توصيات هذا التقرير (عدد التوصيات التي ليست منه: {count}).',
    },
    'report.evidenceNeeded': 'تتطلب الحالة «{status}» أدلة عليها: اذكر ما يثبتها.',
    'report.sourceNeeded': 'اذكر مصدر الأدلة (وثيقة، أو اجتماع، أو رد).',
    'report.historyAppendOnly':
      'لا يُضاف إلى سجل التوصية إلا الجديد: أحدث حالة لها مؤرخة {latest}، ولذلك لا يمكن أن تؤرَّخ حالة جديدة {asOf}.',
    'report.useLaterDate': 'استخدم التاريخ {latest} أو تاريخًا لاحقًا له.',
    'report.advocacyHasNoReport':
      'لا تُعَد تقارير تقييم عن زيارات الدعوة؛ بل عن زيارات التقييم وحدها.',
    'report.visitNotConducted':
      'حالة هذه الزيارة «{status}»: ولا يُصاغ تقريرها إلا بعد إجراء الزيارة.',
    'report.alreadyExists': 'لهذه الزيارة تقرير تقييم بالفعل.',
    'report.adoptionByCommittee':
      'تعتمد اللجنة تقارير التقييم: ويسجّل الاعتمادَ عضوٌ في لجنة مكافحة الإرهاب.',
    'report.stepByPlanners':
      'يسجّل المخطِّطون في المديرية التنفيذية أن التقرير {step}؛ ويسجّل اعتمادَه عضوٌ في لجنة مكافحة الإرهاب.',
    'report.noFurtherStep':
      'أُحيل هذا التقرير بالفعل إلى الدولة في {on}؛ ولم تعد له أي مرحلة لاحقة.',
    'report.stepAlreadyTaken': 'هذا التقرير {step} بالفعل في {on}. والمرحلة التالية: «{next}».',
    'report.noSkippingSteps':
      'لا يمكن تخطي المراحل: المرحلة التالية لهذا التقرير هي «{next}»، لا «{step}».',
    'report.stepBeforePrevious':
      'التاريخ {on} سابق لمرحلة تسبقه: التقرير {previous} في {previousOn}.',
    'report.noneOnlyForObservations':
      'لا يمكن تسجيل «لم يرد أي شيء» إلا لمرحلة الملاحظات الوقائعية.',
    'report.observationsNotYetDue':
      'أمام الدولة مهلة حتى {due} (عدد الأيام بعد إرسال المشروع: {days}) لإرسال ملاحظاتها الوقائعية؛ سجِّل «لم يرد أي شيء» بعد ذلك التاريخ.',
    'report.releaseDateWithoutConsent':
      'لا يُسجَّل تاريخ الموافقة على النشر إلا مع الموافقة الجزئية أو الكاملة، لا مع عدم الموافقة.',
    'report.releaseDateNeeded': 'أدخل التاريخ الذي وافقت فيه الدولة على النشر.',
    'report.replyBeforeTransmission':
      'تقدم الدولة تقريرها عن التنفيذ بعد أن يُحال إليها التقرير النهائي؛ ولم يُحَل هذا التقرير بعد.',
    'report.replyAlreadyRecorded': 'سبق تسجيل رد الدولة بشأن التنفيذ (وقد ورد في {on}).',
    'report.date.taRequest': 'تاريخ الطلب،',
    'report.date.status': 'تاريخ الحالة،',
    'report.date.draft': 'تاريخ المشروع،',
    'report.date.step': 'تاريخ هذه المرحلة (التقرير {step})،',
    'report.date.releaseConsent': 'تاريخ الموافقة على النشر،',
    'report.date.reply': 'تاريخ الرد،',
    'report.earlier.request': 'تقديم الطلب',
    'report.earlier.drafted': 'صياغة التقرير',
    'report.earlier.visitBegan': 'بدء الزيارة',
    'report.earlier.transmitted': 'إحالة التقرير',
    'followup.notFound': 'تقرير المتابعة هذا غير موجود (ربما يكون قد حُذف).',
    'followup.submitted': 'قُدِّم تقرير المتابعة هذا إلى اللجنة في {on}؛ ولم يعد من الممكن تغييره.',
    'followup.reportNotAdopted':
      'تبدأ المتابعة بموجب الفقرة 16 بعد أن تعتمد اللجنة تقرير التقييم؛ ولم يُعتمد هذا التقرير بعد.',
    'followup.notInitial':
      'هذا تقرير زيارة متابعة، لا تقييم أولي: ولا يستتبع تقريرًا خاصًا به بموجب الفقرة 16.',
    'followup.beforeOp16':
      'تنطبق الفقرة 16 على التقارير المعتمدة في {start} أو بعده؛ وقد اعتُمد هذا التقرير في {adoptedOn}.',
    'followup.alreadyStarted': 'بدأت بالفعل المتابعة بموجب الفقرة 16 لهذا التقرير.',
    'followup.onlyThisReport': 'لا تقيِّم إلا توصيات هذا التقرير.',
    'followup.assessedOnce': 'تُقيَّم التوصية مرة واحدة في تقرير المتابعة.',
    'followup.commentNeeded': 'اذكر ما يثبت أن حالة التوصية {code} هي «{status}».',
    'followup.unassessed': {
      one: 'قيِّم كل توصية قبل التقديم: توصية واحدة من أصل {total} لم تُقيَّم بعد.',
      two: 'قيِّم كل توصية قبل التقديم: توصيتان من أصل {total} لم تُقيَّما بعد.',
      other: 'قيِّم كل توصية قبل التقديم: لم تُقيَّم بعد {count} من أصل {total} من التوصيات.',
    },
    'followup.summaryNeeded': 'اكتب موجزًا للخطوات التي اتخذتها الدولة قبل التقديم.',
    'followup.date.start': 'تاريخ البدء،',
    'followup.date.submission': 'تاريخ التقديم،',
    'followup.earlier.reportAdopted': 'اعتماد التقرير',
    'followup.earlier.started': 'بدء المتابعة',
    'committee.meetingNotFound': 'جلسة اللجنة هذه غير موجودة.',
    'committee.invitationNotFound': 'هذه الدعوة غير موجودة.',
    'committee.invitedAfterNewDate':
      'دُعيت {state} في {invitedOn}، أي بعد {heldOn}: ولا يجوز تقديم موعد الجلسة إلى ما قبل الدعوات الموجهة إليها.',
    'committee.attendanceRecorded':
      'سبق تسجيل الحضور في هذه الجلسة: ولا يمكن تأجيلها إلى تاريخ في المستقبل.',
    'committee.reportOfAnotherState': 'هذا التقرير يخص {state}، لا الدولة المدعوة.',
    'committee.reportNotAdopted':
      'يُدعى المسؤولون إلى تقديم إحاطة إلى اللجنة بشأن تقرير معتمد؛ ولم يُعتمد هذا التقرير بعد.',
    'committee.invitationAfterMeeting': 'الدعوة ({invitedOn}) مؤرخة بعد الجلسة ({heldOn}).',
    'committee.invitationBeforeAdoption':
      'الدعوة ({invitedOn}) مؤرخة قبل اعتماد التقرير ({adoptedOn}).',
    'committee.alreadyInvited': 'سبق أن دُعيت {state} إلى هذه الجلسة ({official}، في {invitedOn}).',
    'committee.officials': 'المسؤولون',
    'committee.meetingNotHeld': 'موعد الجلسة {on}: ولا يُسجَّل الحضور إلا بعد انعقادها.',
    'committee.date.invitation': 'تاريخ الدعوة،',
    'fieldRecord.notOnTeam':
      '{user} ليس عضوًا في فريق هذه الزيارة إلى {state}، ولذلك لا يمكنه تحرير سجلاتها الميدانية. ويمكن لأحد المخطِّطين إضافتك إلى فريق الزيارة.',
    'fieldRecord.visitCancelled': 'أُلغيت هذه الزيارة إلى {state}: ولا يُسجَّل بشأنها أي شيء آخر.',
    'fieldRecord.visitCancelledOn':
      'أُلغيت هذه الزيارة إلى {state} في {on}: ولا يُسجَّل بشأنها أي شيء آخر.',
    'fieldRecord.meetingNotFound': 'هذا الاجتماع غير موجود (ربما يكون قد حُذف).',
    'fieldRecord.observationNotFound': 'هذه الملاحظة غير موجودة (ربما تكون قد حُذفت).',
    'fieldRecord.proposalNotFound': 'اقتراح الحالة هذا غير موجود (ربما يكون قد حُذف).',
    'fieldRecord.findingNotFound': 'هذا الاستنتاج غير موجود (ربما يكون قد حُذف).',
    'fieldRecord.visitHasNoDates':
      'لم تُحدَّد بعد تواريخ هذه الزيارة إلى {state}: ويسجّلها أحد المخطِّطين قبل تدوين الاجتماعات.',
    'fieldRecord.meetingOutsideVisit':
      'الاجتماع مؤرخ {heldOn}، أي خارج تواريخ الزيارة (من {start} إلى {end}).',
    'fieldRecord.chooseMeeting': 'اختر اجتماعًا من سجل هذه الزيارة.',
    'fieldRecord.decision.pending': 'لا يزال في انتظار القرار',
    'fieldRecord.decision.accepted': 'قُبل',
    'fieldRecord.decision.declined': 'رُفض',
    'fieldRecord.decision.withdrawn': 'سُحب',
    'fieldRecord.proposalDecided': 'هذا الاقتراح {decision} بالفعل؛ ولم يعد من الممكن تغييره.',
    'fieldRecord.proposalDecidedOn':
      'هذا الاقتراح {decision} بالفعل في {on}؛ ولم يعد من الممكن تغييره.',
    'fieldRecord.recommendationCode': 'التوصية {code}',
    'fieldRecord.thisRecommendation': 'هذه التوصية',
    'fieldRecord.otherState':
      '{recommendation} موجهة إلى {recommendationState}، لا إلى {visitState}: اقترح تحديثات لتوصيات الدولة التي تجري زيارتها.',
    'fieldRecord.alreadyAtStatus': 'حالة {recommendation} هي بالفعل «{status}»: اقترح حالة أخرى.',
    'fieldRecord.alreadyAtStatusSince':
      'حالة {recommendation} هي بالفعل «{status}» (منذ {since}): اقترح حالة أخرى.',
    'fieldRecord.proposalPending':
      'يوجد بالفعل بشأن {recommendation} اقتراح قُدِّم في {on} ولا يزال في انتظار قرار المقر: اسحبه قبل تقديم اقتراح آخر.',
    'fieldRecord.onlyAuthorWithdraws':
      'لا يسحب هذا الاقتراحَ إلا {author} (مَن قدّمه) أو أحد المخطِّطين.',
    'fieldRecord.itsAuthor': 'مقدِّمه',
    'fieldRecord.recommendationGone': 'التوصية التي يتعلق بها هذا الاقتراح لم تعد موجودة.',
    'fieldRecord.newerStatus':
      'سُجِّلت حالة أحدث («{status}»، {asOf}) بعد هذا الاقتراح ({proposedOn}): ارفضه مع ذكر ذلك.',
    'fieldRecord.findingOtherVisit': 'هذا الاستنتاج يخص زيارة أخرى: ولا يمكن نقله.',
    'fieldRecord.partOutsideVisit':
      '«{label}» (من {start} إلى {end}) يقع خارج تواريخ الزيارة (من {visitStart} إلى {visitEnd}).',
    'fieldRecord.date.meeting': 'تاريخ الاجتماع،',
  },
});
