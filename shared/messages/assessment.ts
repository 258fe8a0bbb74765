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
    // Solicitudes de consentimiento (la solicitud: concordancia en femenino).
    'consent.notFound': 'Esta solicitud de consentimiento no existe (puede que se haya eliminado).',
    'consent.standing.ref': ' ({ref})',
    'consent.standing.pending': 'enviada el {sentOn}{ref} y sigue a la espera de respuesta',
    'consent.standing.pendingReminded': {
      one: 'enviada el {sentOn}{ref} y sigue a la espera de respuesta tras un recordatorio',
      other: 'enviada el {sentOn}{ref} y sigue a la espera de respuesta tras {count} recordatorios',
    },
    'consent.standing.granted': 'concedida el {on}{ref}',
    'consent.standing.declined': 'rechazada el {on}{ref}',
    'consent.standing.deferred': 'aplazada por el Estado el {on}{ref}',
    'consent.standing.no_reply': 'registrada como sin respuesta el {on}{ref}',
    'consent.standing.withdrawn': 'retirada el {on}{ref}',
    'consent.listStatus.draft': 'en borrador',
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

    // Visitas (la visita: concordancia en femenino).
    'visit.notFound': 'Esta visita no existe (puede que se haya eliminado).',
    'visit.status.planned': 'planificada',
    'visit.status.scheduled': 'programada',
    'visit.status.conducted': 'realizada',
    'visit.status.postponed': 'aplazada',
    'visit.status.cancelled': 'cancelada',
    'visit.kind.comprehensive': 'de evaluación integral',
    'visit.kind.focused': 'específica',
    'visit.kind.regional': 'regional',
    'visit.kind.follow_up': 'de seguimiento',
    'visit.kind.advocacy': 'de sensibilización',
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

    // Informes de evaluación (el informe: concordancia en masculino), recomendaciones, asistencia técnica.
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
      'Una visita de sensibilización no tiene informe de evaluación; solo lo tienen las visitas de evaluación.',
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
      'Una fecha de consentimiento a la publicación acompaña a un consentimiento parcial o total, no a la ausencia de consentimiento.',
    'report.releaseDateNeeded': 'Indique la fecha en que el Estado consintió la publicación.',
    'report.replyBeforeTransmission':
      'El Estado informa sobre la aplicación después de que se le transmita el informe final; este aún no se ha transmitido.',
    'report.replyAlreadyRecorded':
      'La respuesta del Estado sobre la aplicación ya se registró (recibida el {on}).',

    // Informes de seguimiento conforme al párrafo 16.
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

    // Sesiones del Comité e invitaciones.
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

    // Registros de campo de una visita.
    'fieldRecord.notOnTeam':
      '{user} no forma parte del equipo de esta visita ({state}), por lo que no puede escribir sus registros de campo. Un planificador puede añadirle al equipo de la visita.',
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
  },
  ru: {
    'consent.notFound': 'Эта просьба о согласии не существует (возможно, она была удалена).',
    'visit.notFound': 'Это посещение не существует (возможно, оно было удалено).',
    'report.notFound': 'Этот доклад об оценке не существует (возможно, он был удалён).',
    'report.recommendationNotFound': 'Эта рекомендация не существует (возможно, она была удалена).',
    'followup.notFound':
      'Этот доклад о последующей деятельности не существует (возможно, он был удалён).',
    'committee.meetingNotFound': 'Это заседание Комитета не существует.',
    'committee.invitationNotFound': 'Это приглашение не существует.',
  },
  zh: {
    'consent.notFound': '此同意请求不存在（可能已被删除）。',
    'visit.notFound': '此访问不存在（可能已被删除）。',
    'report.notFound': '此评估报告不存在（可能已被删除）。',
    'report.recommendationNotFound': '此建议不存在（可能已被删除）。',
    'followup.notFound': '此后续报告不存在（可能已被删除）。',
    'committee.meetingNotFound': '此委员会会议不存在。',
    'committee.invitationNotFound': '此邀请不存在。',
  },
  ar: {
    'consent.notFound': 'طلب الموافقة هذا غير موجود (ربما يكون قد حُذف).',
    'visit.notFound': 'هذه الزيارة غير موجودة (ربما تكون قد حُذفت).',
    'report.notFound': 'تقرير التقييم هذا غير موجود (ربما يكون قد حُذف).',
    'report.recommendationNotFound': 'هذه التوصية غير موجودة (ربما تكون قد حُذفت).',
    'followup.notFound': 'تقرير المتابعة هذا غير موجود (ربما يكون قد حُذف).',
    'committee.meetingNotFound': 'جلسة اللجنة هذه غير موجودة.',
    'committee.invitationNotFound': 'هذه الدعوة غير موجودة.',
  },
});
