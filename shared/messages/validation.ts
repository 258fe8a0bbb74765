// The messages of the API's input schemas (shared/api/areas/*.ts): what a refused field is told,
// said by the dispatcher in the caller's language with the zod issue's figures ({maximum},
// {minimum}) as parameters. The shared building blocks' messages are in ./common.ts.
import type { Message } from '../i18n/format';
import { defineMessages } from './define';

const en = {
  'schema.annualReview.format': 'Choose HTML, the version ready to print to PDF, or XLSX.',

  'schema.committee.meetingTitle': 'Give the meeting a title.',
  'schema.committee.officialTitle': 'Give the invited official’s title.',
  'schema.committee.attended': 'Say whether the officials attended.',

  'schema.consent.datesOrder': 'The proposed dates end before they start.',
  'schema.consent.noteVerbaleRef': 'Give the reference of the note verbale.',
  'schema.consent.replyRequired': 'Choose granted, declined, deferred or no reply.',
  'schema.consent.confidential': 'Say whether the State asks for confidentiality.',
  'schema.consent.withdrawalReason': 'Say in a few words why the request is withdrawn.',

  'schema.deadlines.periodOrder': 'The period ends before it starts.',

  'schema.exports.tableFormat': 'Choose CSV or XLSX.',
  'schema.exports.reviewSubject': 'Choose the list or its amendments.',
  'schema.exports.schedulePrecision': 'Choose by month or by dates.',
  'schema.exports.documentFormat': 'Choose HTML, CSV or XLSX.',
  'schema.exports.partnerState':
    'Choose a Member State (its three-letter code, e.g. KEN) or all of them.',
  'schema.exports.audience':
    'Choose who the pack is for: the UN system, Member States or the public.',

  'schema.field.passphraseRequired': 'Enter the pack passphrase.',
  'schema.field.passphraseTooShort':
    'Use a pack passphrase of at least {minimum} characters, and give it to the field team apart from the pack.',

  'schema.fieldRecords.institution': 'Name the institution met.',
  'schema.fieldRecords.topics': 'Tick at least one topic discussed.',
  'schema.fieldRecords.observationText': 'Write the observation.',
  'schema.fieldRecords.partLabel': 'Name this part of the visit, e.g. “Meetings in the capital”.',
  'schema.fieldRecords.partOrder': 'This part ends before it starts.',
  'schema.fieldRecords.proposedStatus': 'Choose the proposed status.',
  'schema.fieldRecords.evidence': 'Say what shows this status (the evidence).',
  'schema.fieldRecords.source': 'Say where the evidence comes from (a meeting, a document).',
  'schema.fieldRecords.decision': 'Choose accept or decline.',
  'schema.fieldRecords.declineReason': 'Say why the proposal is declined: the field team reads it.',
  'schema.fieldRecords.findingText': 'Write the finding.',
  'schema.fieldRecords.findingStatus': 'Choose draft or ready.',
  'schema.fieldRecords.partsTooMany': 'List at most {maximum} parts.',

  'schema.followups.recommendedFollowup':
    'Choose CTED’s advice: none, a follow-up visit, a focused visit, technical assistance or a desk review.',

  'schema.inputs.signalKind': 'Choose emerging issue, trend, event or analysis.',
  'schema.inputs.severityType': 'Severity is a number from 1 to 5.',
  'schema.inputs.severityRange': 'Severity goes from 1 to 5.',
  'schema.inputs.halfLifeType': 'The half-life is a number of days.',
  'schema.inputs.halfLifeMin': 'The half-life is at least one day.',
  'schema.inputs.halfLifeMax': 'The half-life is at most ten years.',
  'schema.inputs.requestKind': 'Choose request or invitation.',
  'schema.inputs.requestStatus': 'Choose open, fulfilled or withdrawn.',
  'schema.inputs.rowsTooMany': 'A file can hold at most 200,000 rows.',
  'schema.inputs.indicatorKey':
    'A key is 2–50 lower-case letters, digits or underscores, starting with a letter.',
  'schema.inputs.indicatorLabel': 'Give the indicator a label.',
  'schema.inputs.direction': 'Say whether a higher value means more or less risk.',
  'schema.inputs.normalisation': 'Choose min–max, rank or thresholds.',
  'schema.inputs.externalCodeTooLong': 'An external code is at most {maximum} characters.',
  'schema.inputs.externalCodeSpaces': 'An external code has no spaces (e.g. VC.IHR.PSRC.P5).',

  'schema.plan.weightType': 'A weight is a number.',
  'schema.plan.weightNegative': 'Weights cannot be negative.',
  'schema.plan.weightMax': 'Weights go up to {maximum}.',
  'schema.plan.horizonMin': 'The horizon is at least 1 year.',
  'schema.plan.horizonMax': 'The horizon is at most {maximum} years.',
  'schema.plan.signalCap': 'The signal cap must be positive.',
  'schema.plan.imputation': 'Choose regional median, global median or zero.',
  'schema.plan.consentValidityType': 'Give the consent validity in years.',
  'schema.plan.consentValidityMin': 'A consent counts for at least half a year.',
  'schema.plan.consentValidityMax': 'A consent counts for at most {maximum} years.',
  'schema.plan.regionLimitNegative': 'A regional limit cannot be negative.',
  'schema.plan.instructionRef': 'Give the reference of the CTC instruction, or leave it out.',
  'schema.plan.capacityType': 'Enter how many visits the list holds.',
  'schema.plan.capacityWhole': 'Capacity is a whole number.',
  'schema.plan.capacityMin': 'The list holds at least one visit.',
  'schema.plan.capacityMax': 'At most {maximum} visits a year.',
  'schema.plan.reserveNegative': 'The reserve cannot be negative.',
  'schema.plan.reserveMax': 'Keep at most {maximum} States in reserve.',
  'schema.plan.decisionRef': 'Give the reference of the Committee’s decision.',
  'schema.plan.methodologyName': 'Name the new methodology.',
  'schema.plan.amendmentAction': 'Choose add, remove, substitute or change kind.',
  'schema.plan.rationale':
    'Explain the change in a sentence or more (at least {minimum} characters).',
  'schema.plan.amendmentDecision': 'Choose approved or rejected.',
  'schema.plan.commentText': 'Write a comment.',

  'schema.reports.thematicArea': 'Choose a thematic area.',
  'schema.reports.recommendationCode': 'Give the recommendation a code, e.g. R-01.',
  'schema.reports.recommendationText': 'Write the recommendation.',
  'schema.reports.priority': 'Choose high, medium or low.',
  'schema.reports.technicalAssistanceNeeded': 'Say whether technical assistance is needed.',
  'schema.reports.recommendationConfidential': 'Say whether the recommendation is confidential.',
  'schema.reports.recommendationsTooMany': 'Link at most {maximum} recommendations.',
  'schema.reports.assistanceDescription': 'Say what assistance is needed.',
  'schema.reports.requestedBy': 'Say who asked for it (the State, CTED, a partner).',
  'schema.reports.assistanceStatus': 'Choose proposed, requested, planned, delivered or declined.',
  'schema.reports.title': 'Give the report a title.',
  'schema.reports.step': 'Choose the step to record.',
  'schema.reports.releaseConsent': 'Choose none, partial or full.',
  'schema.reports.implementationSummary': 'Summarise what the State reported.',
  'schema.reports.recommendationStatus': 'Choose a status.',

  'schema.settings.consentReplyAlertDays':
    'Enter the wait before a request is overdue as a number of days.',
  'schema.settings.consentReminderDays': 'Enter the time between reminders as a number of days.',
  'schema.settings.alertFarDays': 'Enter the far alert window as a number of days.',
  'schema.settings.alertNearDays': 'Enter the near alert window as a number of days.',
  'schema.settings.committeeWaitDays':
    'Enter the wait for the Committee’s decision as a number of days.',
  'schema.settings.transmissionDays':
    'Enter the time to transmit an adopted report as a number of days.',
  'schema.settings.wholeDays': 'Enter a whole number of days.',
  'schema.settings.daysMin': 'Enter at least 1 day.',
  'schema.settings.daysMax': 'Enter at most {maximum} days.',
  'schema.settings.lockAfterMinutes': 'Enter the time before the app locks as a number of minutes.',
  'schema.settings.wholeMinutes': 'Enter a whole number of minutes.',
  'schema.settings.minutesMin': 'Enter at least 1 minute.',
  'schema.settings.minutesMax': 'Enter at most 480 minutes (8 hours).',

  'schema.sync.siteIdRequired': 'Give the installation’s id.',
  'schema.sync.siteIdFormat': 'An installation id is made of lower-case letters and digits.',
  'schema.sync.since': 'Give a date (YYYY-MM-DD), an instant or a clock timestamp.',
  'schema.sync.passphraseRequired': 'Enter the bundle passphrase.',
  'schema.sync.passphraseTooShort':
    'Use a bundle passphrase of at least {minimum} characters, agreed with the other installation.',
  'schema.sync.publicKeyRequired': 'Give the installation’s public key.',
  'schema.sync.publicKeyFormat':
    'A public key is 64 hexadecimal digits (0–9, a–f), as the other installation shows it.',
  'schema.sync.nameRequired': 'Name the installation.',
  'schema.sync.nameEmpty': 'Name the installation, e.g. “Field laptop, visit to Kenya”.',
  'schema.sync.nameTooLong': 'Keep the name under {maximum} characters.',
  'schema.sync.bundleRequired': 'Give the bundle (base64).',
  'schema.sync.bundleEmpty': 'The bundle is empty.',
  'schema.sync.bundleBase64': 'The bundle must be given as base64.',
  'schema.sync.wrongPassphrase': 'This is not the bundle passphrase.',
  'schema.sync.keep': 'Choose what to keep: current, other or value.',
  'schema.sync.keepValue':
    'Give a value exactly when you choose to keep a value of your own (keep: value).',

  'schema.users.passphraseRequired': 'Enter a passphrase.',
  'schema.users.passphraseTooShort':
    'Use a passphrase of at least {minimum} characters (a few words are easy to remember and hard to guess).',
  'schema.users.passphraseTooLong': 'Keep the passphrase under {maximum} characters.',
  'schema.users.enterYourPassphrase': 'Enter your passphrase.',
  'schema.users.wrongPassphrase': 'This is not the passphrase.',
  'schema.users.nameRequired': 'Enter the user’s name.',
  'schema.users.role': 'Choose a role: planner, CTC member, field team or administrator.',
  'schema.users.email': 'Enter an e-mail address such as name@un.org, or leave it empty.',
  'schema.users.disabled': 'Say whether the user is disabled.',
  'schema.users.apiKeyName': 'Name the key after what will use it, e.g. “nightly export”.',

  'schema.visits.kind': 'Choose the kind of visit.',
  'schema.visits.mode': 'Choose in person, virtual or hybrid.',
  'schema.visits.status': 'Choose a status.',
  'schema.visits.confidential': 'Say whether the visit is confidential.',
  'schema.visits.confirmOverlap': 'Say whether the overlap is confirmed.',
  'schema.visits.reasonPostponed': 'Say why the visit is postponed.',
  'schema.visits.reasonCancelled': 'Say why the visit is cancelled.',

  'schema.workspace.auditAnchor': 'This is not an audit anchor saved by CTED Visit Planner.',
  'schema.workspace.unknownTable': 'Unknown table.',
} satisfies Record<string, Message>;

export const validation = defineMessages<keyof typeof en>({
  en,
  fr: {
    'schema.annualReview.format': 'Choisissez HTML, la version prête à imprimer en PDF, ou XLSX.',

    'schema.committee.meetingTitle': 'Donnez un titre à la séance.',
    'schema.committee.officialTitle': 'Indiquez le titre du haut responsable invité.',
    'schema.committee.attended': 'Indiquez si les responsables étaient présents.',

    'schema.consent.datesOrder': 'Les dates proposées se terminent avant de commencer.',
    'schema.consent.noteVerbaleRef': 'Indiquez la référence de la note verbale.',
    'schema.consent.replyRequired': 'Choisissez accordé, refusé, différé ou sans réponse.',
    'schema.consent.confidential': 'Indiquez si l’État demande la confidentialité.',
    'schema.consent.withdrawalReason':
      'Indiquez en quelques mots le motif du retrait de la demande.',

    'schema.deadlines.periodOrder': 'La période se termine avant de commencer.',

    'schema.exports.tableFormat': 'Choisissez CSV ou XLSX.',
    'schema.exports.reviewSubject': 'Choisissez la liste ou ses modifications.',
    'schema.exports.schedulePrecision': 'Choisissez par mois ou par dates.',
    'schema.exports.documentFormat': 'Choisissez HTML, CSV ou XLSX.',
    'schema.exports.partnerState':
      'Choisissez un État Membre (son code à trois lettres, par exemple KEN) ou tous les États Membres.',
    'schema.exports.audience':
      'Choisissez les destinataires du dossier : le système des Nations Unies, les États Membres ou le public.',

    'schema.field.passphraseRequired': 'Saisissez la phrase secrète du dossier.',
    'schema.field.passphraseTooShort':
      'Utilisez pour le dossier une phrase secrète d’au moins {minimum} caractères, et communiquez-la à l’équipe de terrain séparément du dossier.',

    'schema.fieldRecords.institution': 'Indiquez l’institution rencontrée.',
    'schema.fieldRecords.topics': 'Cochez au moins un sujet abordé.',
    'schema.fieldRecords.observationText': 'Rédigez l’observation.',
    'schema.fieldRecords.partLabel':
      'Nommez cette partie de la visite, par exemple « Réunions dans la capitale ».',
    'schema.fieldRecords.partOrder': 'Cette partie se termine avant de commencer.',
    'schema.fieldRecords.proposedStatus': 'Choisissez le statut proposé.',
    'schema.fieldRecords.evidence': 'Indiquez ce qui justifie ce statut (les justificatifs).',
    'schema.fieldRecords.source':
      'Indiquez d’où proviennent les justificatifs (une réunion, un document).',
    'schema.fieldRecords.decision': 'Choisissez d’accepter ou de refuser.',
    'schema.fieldRecords.declineReason':
      'Indiquez pourquoi la proposition est refusée : l’équipe de terrain en prendra connaissance.',
    'schema.fieldRecords.findingText': 'Rédigez la conclusion.',
    'schema.fieldRecords.findingStatus': 'Choisissez projet ou prête.',
    'schema.fieldRecords.partsTooMany': 'Indiquez au plus {maximum} parties.',

    'schema.followups.recommendedFollowup':
      'Choisissez l’avis de la DECT : aucun suivi, une visite de suivi, une visite ciblée, une assistance technique ou un examen sur dossier.',

    'schema.inputs.signalKind': 'Choisissez question nouvelle, tendance, événement ou analyse.',
    'schema.inputs.severityType': 'La gravité est un nombre de 1 à 5.',
    'schema.inputs.severityRange': 'La gravité va de 1 à 5.',
    'schema.inputs.halfLifeType': 'La demi-vie est un nombre de jours.',
    'schema.inputs.halfLifeMin': 'La demi-vie est d’au moins un jour.',
    'schema.inputs.halfLifeMax': 'La demi-vie est d’au plus dix ans.',
    'schema.inputs.requestKind': 'Choisissez demande ou invitation.',
    'schema.inputs.requestStatus': 'Choisissez en cours, satisfaite ou retirée.',
    'schema.inputs.rowsTooMany': 'Un fichier peut contenir au plus 200 000 lignes.',
    'schema.inputs.indicatorKey':
      'Une clé se compose de 2 à 50 lettres minuscules, chiffres ou traits de soulignement, et commence par une lettre.',
    'schema.inputs.indicatorLabel': 'Donnez un libellé à l’indicateur.',
    'schema.inputs.direction':
      'Indiquez si une valeur plus élevée signifie un risque plus grand ou plus faible.',
    'schema.inputs.normalisation': 'Choisissez min–max, rang ou seuils.',
    'schema.inputs.externalCodeTooLong': 'Un code externe compte au plus {maximum} caractères.',
    'schema.inputs.externalCodeSpaces':
      'Un code externe ne contient pas d’espace (par exemple VC.IHR.PSRC.P5).',

    'schema.plan.weightType': 'Une pondération est un nombre.',
    'schema.plan.weightNegative': 'Les pondérations ne peuvent pas être négatives.',
    'schema.plan.weightMax': 'Les pondérations vont jusqu’à {maximum}.',
    'schema.plan.horizonMin': 'L’horizon est d’au moins 1 an.',
    'schema.plan.horizonMax': 'L’horizon est d’au plus {maximum} ans.',
    'schema.plan.signalCap': 'Le plafond des signaux doit être positif.',
    'schema.plan.imputation': 'Choisissez médiane régionale, médiane mondiale ou zéro.',
    'schema.plan.consentValidityType': 'Indiquez la durée de validité du consentement en années.',
    'schema.plan.consentValidityMin': 'Un consentement vaut pour au moins une demi-année.',
    'schema.plan.consentValidityMax': 'Un consentement vaut pour au plus {maximum} ans.',
    'schema.plan.regionLimitNegative': 'Une limite régionale ne peut pas être négative.',
    'schema.plan.instructionRef':
      'Indiquez la référence de l’instruction du CCT, ou laissez ce champ vide.',
    'schema.plan.capacityType': 'Indiquez le nombre de visites que compte la liste.',
    'schema.plan.capacityWhole': 'La capacité est un nombre entier.',
    'schema.plan.capacityMin': 'La liste compte au moins une visite.',
    'schema.plan.capacityMax': 'Au plus {maximum} visites par an.',
    'schema.plan.reserveNegative': 'La réserve ne peut pas être négative.',
    'schema.plan.reserveMax': 'Gardez au plus {maximum} États en réserve.',
    'schema.plan.decisionRef': 'Indiquez la référence de la décision du Comité.',
    'schema.plan.methodologyName': 'Nommez la nouvelle méthodologie.',
    'schema.plan.amendmentAction': 'Choisissez ajouter, retirer, remplacer ou changer de type.',
    'schema.plan.rationale':
      'Expliquez la modification en une phrase ou plus (au moins {minimum} caractères).',
    'schema.plan.amendmentDecision': 'Choisissez approuvée ou rejetée.',
    'schema.plan.commentText': 'Rédigez un commentaire.',

    'schema.reports.thematicArea': 'Choisissez un domaine thématique.',
    'schema.reports.recommendationCode': 'Attribuez un code à la recommandation, par exemple R-01.',
    'schema.reports.recommendationText': 'Rédigez la recommandation.',
    'schema.reports.priority': 'Choisissez une priorité élevée, moyenne ou faible.',
    'schema.reports.technicalAssistanceNeeded':
      'Indiquez si une assistance technique est nécessaire.',
    'schema.reports.recommendationConfidential':
      'Indiquez si la recommandation est confidentielle.',
    'schema.reports.recommendationsTooMany': 'Liez au plus {maximum} recommandations.',
    'schema.reports.assistanceDescription': 'Indiquez l’assistance nécessaire.',
    'schema.reports.requestedBy': 'Indiquez qui l’a demandée (l’État, la DECT, un partenaire).',
    'schema.reports.assistanceStatus': 'Choisissez proposée, demandée, prévue, fournie ou refusée.',
    'schema.reports.title': 'Donnez un titre au rapport.',
    'schema.reports.step': 'Choisissez l’étape à enregistrer.',
    'schema.reports.releaseConsent': 'Choisissez aucune, partielle ou intégrale.',
    'schema.reports.implementationSummary': 'Résumez ce que l’État a indiqué dans son rapport.',
    'schema.reports.recommendationStatus': 'Choisissez un statut.',

    'schema.settings.consentReplyAlertDays':
      'Indiquez en nombre de jours le délai au-delà duquel une demande est en retard.',
    'schema.settings.consentReminderDays':
      'Indiquez en nombre de jours l’intervalle entre les rappels.',
    'schema.settings.alertFarDays': 'Indiquez en nombre de jours la période d’alerte lointaine.',
    'schema.settings.alertNearDays': 'Indiquez en nombre de jours la période d’alerte proche.',
    'schema.settings.committeeWaitDays':
      'Indiquez en nombre de jours le délai d’attente de la décision du Comité.',
    'schema.settings.transmissionDays':
      'Indiquez en nombre de jours le délai de transmission d’un rapport adopté.',
    'schema.settings.wholeDays': 'Saisissez un nombre entier de jours.',
    'schema.settings.daysMin': 'Saisissez au moins 1 jour.',
    'schema.settings.daysMax': 'Saisissez au plus {maximum} jours.',
    'schema.settings.lockAfterMinutes':
      'Indiquez en nombre de minutes le délai avant le verrouillage de l’application.',
    'schema.settings.wholeMinutes': 'Saisissez un nombre entier de minutes.',
    'schema.settings.minutesMin': 'Saisissez au moins 1 minute.',
    'schema.settings.minutesMax': 'Saisissez au plus 480 minutes (8 heures).',

    'schema.sync.siteIdRequired': 'Indiquez l’identifiant de l’installation.',
    'schema.sync.siteIdFormat':
      'Un identifiant d’installation se compose de lettres minuscules et de chiffres.',
    'schema.sync.since': 'Indiquez une date (AAAA-MM-JJ), un instant ou un horodatage d’horloge.',
    'schema.sync.passphraseRequired': 'Saisissez la phrase secrète du lot.',
    'schema.sync.passphraseTooShort':
      'Utilisez pour le lot une phrase secrète d’au moins {minimum} caractères, convenue avec l’autre installation.',
    'schema.sync.publicKeyRequired': 'Indiquez la clé publique de l’installation.',
    'schema.sync.publicKeyFormat':
      'Une clé publique se compose de 64 chiffres hexadécimaux (0–9, a–f), tels que l’autre installation l’affiche.',
    'schema.sync.nameRequired': 'Nommez l’installation.',
    'schema.sync.nameEmpty':
      'Nommez l’installation, par exemple « Ordinateur portable de terrain, visite au Kenya ».',
    'schema.sync.nameTooLong': 'Le nom ne doit pas dépasser {maximum} caractères.',
    'schema.sync.bundleRequired': 'Fournissez le lot (en base64).',
    'schema.sync.bundleEmpty': 'Le lot est vide.',
    'schema.sync.bundleBase64': 'Le lot doit être fourni en base64.',
    'schema.sync.wrongPassphrase': 'Ce n’est pas la phrase secrète du lot.',
    'schema.sync.keep': 'Choisissez ce qu’il faut conserver : current, other ou value.',
    'schema.sync.keepValue':
      'Donnez une valeur si et seulement si vous choisissez de conserver une valeur de votre choix (keep: value).',

    'schema.users.passphraseRequired': 'Saisissez une phrase secrète.',
    'schema.users.passphraseTooShort':
      'Utilisez une phrase secrète d’au moins {minimum} caractères (quelques mots sont faciles à retenir et difficiles à deviner).',
    'schema.users.passphraseTooLong':
      'La phrase secrète ne doit pas dépasser {maximum} caractères.',
    'schema.users.enterYourPassphrase': 'Saisissez votre phrase secrète.',
    'schema.users.wrongPassphrase': 'Ce n’est pas la phrase secrète.',
    'schema.users.nameRequired': 'Saisissez le nom de l’utilisateur.',
    'schema.users.role':
      'Choisissez un rôle : planificateur, membre du CCT, équipe de terrain ou administrateur.',
    'schema.users.email':
      'Saisissez une adresse électronique telle que nom@un.org, ou laissez ce champ vide.',
    'schema.users.disabled': 'Indiquez si l’utilisateur est désactivé.',
    'schema.users.apiKeyName':
      'Nommez la clé d’après ce qui l’utilisera, par exemple « export nocturne ».',

    'schema.visits.kind': 'Choisissez le type de visite.',
    'schema.visits.mode': 'Choisissez en présentiel, virtuelle ou hybride.',
    'schema.visits.status': 'Choisissez un statut.',
    'schema.visits.confidential': 'Indiquez si la visite est confidentielle.',
    'schema.visits.confirmOverlap': 'Indiquez si le chevauchement est confirmé.',
    'schema.visits.reasonPostponed': 'Indiquez pourquoi la visite est reportée.',
    'schema.visits.reasonCancelled': 'Indiquez pourquoi la visite est annulée.',

    'schema.workspace.auditAnchor':
      'Ce n’est pas un point d’ancrage d’audit enregistré par le Planificateur des visites de la DECT.',
    'schema.workspace.unknownTable': 'Table inconnue.',
  },
  es: {
    'schema.annualReview.format': 'Elija HTML, la versión lista para imprimir en PDF, o XLSX.',

    'schema.committee.meetingTitle': 'Dé un título a la sesión.',
    'schema.committee.officialTitle': 'Indique el cargo del alto funcionario invitado.',
    'schema.committee.attended': 'Indique si los funcionarios asistieron.',

    'schema.consent.datesOrder': 'Las fechas propuestas terminan antes de empezar.',
    'schema.consent.noteVerbaleRef': 'Indique la referencia de la nota verbal.',
    'schema.consent.replyRequired': 'Elija concedido, denegado, aplazado o sin respuesta.',
    'schema.consent.confidential': 'Indique si el Estado pide confidencialidad.',
    'schema.consent.withdrawalReason': 'Indique brevemente por qué se retira la solicitud.',

    'schema.deadlines.periodOrder': 'El período termina antes de empezar.',

    'schema.exports.tableFormat': 'Elija CSV o XLSX.',
    'schema.exports.reviewSubject': 'Elija la lista o sus modificaciones.',
    'schema.exports.schedulePrecision': 'Elija por mes o por fechas.',
    'schema.exports.documentFormat': 'Elija HTML, CSV o XLSX.',

    'schema.field.passphraseRequired': 'Escriba la frase de contraseña del paquete.',

    'schema.fieldRecords.institution': 'Indique la institución con la que se reunió.',
    'schema.fieldRecords.topics': 'Marque al menos un tema tratado.',
    'schema.fieldRecords.observationText': 'Escriba la observación.',
    'schema.fieldRecords.partOrder': 'Esta parte termina antes de empezar.',
    'schema.fieldRecords.proposedStatus': 'Elija el estado propuesto.',
    'schema.fieldRecords.evidence': 'Indique lo que justifica este estado (las pruebas).',
    'schema.fieldRecords.decision': 'Elija aceptar o rechazar.',
    'schema.fieldRecords.findingText': 'Escriba la conclusión.',
    'schema.fieldRecords.partsTooMany': 'Indique como máximo {maximum} partes.',

    'schema.inputs.severityType': 'La gravedad es un número del 1 al 5.',
    'schema.inputs.severityRange': 'La gravedad va del 1 al 5.',
    'schema.inputs.requestKind': 'Elija solicitud o invitación.',
    'schema.inputs.indicatorLabel': 'Dé una etiqueta al indicador.',

    'schema.plan.weightType': 'Una ponderación es un número.',
    'schema.plan.weightNegative': 'Las ponderaciones no pueden ser negativas.',
    'schema.plan.weightMax': 'Las ponderaciones llegan hasta {maximum}.',
    'schema.plan.decisionRef': 'Indique la referencia de la decisión del Comité.',
    'schema.plan.methodologyName': 'Dé un nombre a la nueva metodología.',
    'schema.plan.amendmentDecision': 'Elija aprobada o rechazada.',
    'schema.plan.commentText': 'Escriba un comentario.',

    'schema.reports.thematicArea': 'Elija una esfera temática.',
    'schema.reports.recommendationCode': 'Asigne un código a la recomendación, por ejemplo, R-01.',
    'schema.reports.recommendationText': 'Escriba la recomendación.',
    'schema.reports.priority': 'Elija alta, media o baja.',
    'schema.reports.technicalAssistanceNeeded': 'Indique si se necesita asistencia técnica.',
    'schema.reports.recommendationConfidential': 'Indique si la recomendación es confidencial.',
    'schema.reports.assistanceDescription': 'Indique qué asistencia se necesita.',
    'schema.reports.title': 'Dé un título al informe.',
    'schema.reports.step': 'Elija la etapa que se registrará.',
    'schema.reports.recommendationStatus': 'Elija un estado.',

    'schema.settings.wholeDays': 'Escriba un número entero de días.',
    'schema.settings.daysMin': 'Escriba al menos 1 día.',
    'schema.settings.daysMax': 'Escriba como máximo {maximum} días.',
    'schema.settings.wholeMinutes': 'Escriba un número entero de minutos.',
    'schema.settings.minutesMin': 'Escriba al menos 1 minuto.',
    'schema.settings.minutesMax': 'Escriba como máximo 480 minutos (8 horas).',

    'schema.sync.passphraseRequired': 'Escriba la frase de contraseña del paquete.',
    'schema.sync.publicKeyFormat':
      'Una clave pública consta de 64 dígitos hexadecimales (0–9, a–f), tal como la muestra la otra instalación.',
    'schema.sync.nameRequired': 'Dé un nombre a la instalación.',
    'schema.sync.bundleEmpty': 'El paquete está vacío.',

    'schema.users.passphraseRequired': 'Escriba una frase de contraseña.',
    'schema.users.enterYourPassphrase': 'Escriba su frase de contraseña.',
    'schema.users.nameRequired': 'Escriba el nombre del usuario.',
    'schema.users.disabled': 'Indique si el usuario está desactivado.',

    'schema.visits.kind': 'Elija el tipo de visita.',
    'schema.visits.status': 'Elija un estado.',
    'schema.visits.confidential': 'Indique si la visita es confidencial.',
    'schema.visits.reasonPostponed': 'Indique por qué se aplaza la visita.',
    'schema.visits.reasonCancelled': 'Indique por qué se cancela la visita.',

    'schema.workspace.unknownTable': 'Tabla desconocida.',
  },
  ru: {
    'schema.committee.attended': 'Укажите, присутствовали ли должностные лица.',
    'schema.consent.datesOrder': 'Предложенные даты заканчиваются раньше, чем начинаются.',
    'schema.consent.noteVerbaleRef': 'Укажите номер вербальной ноты.',
    'schema.consent.withdrawalReason': 'Кратко укажите причину отзыва просьбы.',
    'schema.fieldRecords.institution': 'Укажите учреждение, с которым проведена встреча.',
    'schema.fieldRecords.topics': 'Отметьте хотя бы одну обсуждённую тему.',
    'schema.fieldRecords.observationText': 'Напишите наблюдение.',
    'schema.fieldRecords.proposedStatus': 'Выберите предлагаемый статус.',
    'schema.fieldRecords.evidence': 'Укажите, что подтверждает этот статус.',
    'schema.fieldRecords.findingText': 'Напишите вывод.',
    'schema.reports.thematicArea': 'Выберите тематическую область.',
    'schema.reports.recommendationCode': 'Присвойте рекомендации код, например R-01.',
    'schema.reports.priority': 'Выберите высокий, средний или низкий приоритет.',
    'schema.reports.recommendationStatus': 'Выберите статус.',
    'schema.settings.wholeDays': 'Введите целое число дней.',
    'schema.settings.wholeMinutes': 'Введите целое число минут.',
    'schema.sync.passphraseRequired': 'Введите парольную фразу пакета.',
    'schema.sync.publicKeyFormat':
      'Открытый ключ — это 64 шестнадцатеричные цифры (0–9, a–f), как его показывает другая установка.',
    'schema.sync.nameRequired': 'Дайте установке название.',
    'schema.users.enterYourPassphrase': 'Введите парольную фразу.',
    'schema.users.nameRequired': 'Введите имя пользователя.',
    'schema.visits.status': 'Выберите статус.',
  },
  zh: {
    'schema.committee.attended': '请说明官员是否出席。',
    'schema.consent.datesOrder': '提议的结束日期早于开始日期。',
    'schema.consent.noteVerbaleRef': '请填写普通照会编号。',
    'schema.consent.withdrawalReason': '请简要说明撤回请求的原因。',
    'schema.fieldRecords.institution': '请填写会晤的机构。',
    'schema.fieldRecords.topics': '请至少勾选一个讨论的议题。',
    'schema.fieldRecords.observationText': '请填写观察。',
    'schema.fieldRecords.proposedStatus': '请选择提议的状态。',
    'schema.fieldRecords.evidence': '请说明证明该状态的依据（证据）。',
    'schema.fieldRecords.findingText': '请填写调查结果。',
    'schema.reports.thematicArea': '请选择专题领域。',
    'schema.reports.recommendationCode': '请为建议编号，例如 R-01。',
    'schema.reports.priority': '请选择高、中或低。',
    'schema.reports.recommendationStatus': '请选择状态。',
    'schema.settings.wholeDays': '请输入整数天数。',
    'schema.settings.wholeMinutes': '请输入整数分钟数。',
    'schema.sync.passphraseRequired': '请输入同步包口令。',
    'schema.sync.publicKeyFormat': '公钥为 64 个十六进制数字（0–9、a–f），与另一安装所示一致。',
    'schema.sync.nameRequired': '请为安装命名。',
    'schema.users.enterYourPassphrase': '请输入口令。',
    'schema.users.nameRequired': '请输入用户姓名。',
    'schema.visits.status': '请选择状态。',
  },
  ar: {
    'schema.committee.attended': 'اذكر ما إذا كان المسؤولون قد حضروا.',
    'schema.consent.datesOrder': 'تنتهي التواريخ المقترحة قبل أن تبدأ.',
    'schema.consent.noteVerbaleRef': 'اذكر رقم المذكرة الشفوية.',
    'schema.consent.withdrawalReason': 'اذكر في بضع كلمات سبب سحب الطلب.',
    'schema.fieldRecords.institution': 'اذكر المؤسسة التي عُقد معها الاجتماع.',
    'schema.fieldRecords.topics': 'اختر موضوعًا واحدًا على الأقل مما نوقش.',
    'schema.fieldRecords.observationText': 'اكتب الملاحظة.',
    'schema.fieldRecords.proposedStatus': 'اختر الحالة المقترحة.',
    'schema.fieldRecords.evidence': 'اذكر ما يثبت هذه الحالة (الأدلة).',
    'schema.fieldRecords.findingText': 'اكتب الاستنتاج.',
    'schema.reports.thematicArea': 'اختر مجالًا مواضيعيًا.',
    'schema.reports.recommendationCode': 'أعطِ التوصية رمزًا، مثل R-01.',
    'schema.reports.priority': 'اختر عالية أو متوسطة أو منخفضة.',
    'schema.reports.recommendationStatus': 'اختر حالة.',
    'schema.settings.wholeDays': 'أدخل عددًا صحيحًا من الأيام.',
    'schema.settings.wholeMinutes': 'أدخل عددًا صحيحًا من الدقائق.',
    'schema.sync.passphraseRequired': 'أدخل عبارة مرور الحزمة.',
    'schema.sync.publicKeyFormat':
      'المفتاح العام 64 رقمًا ست عشريًا (0–9، a–f)، كما يعرضه التثبيت الآخر.',
    'schema.sync.nameRequired': 'سمِّ التثبيت.',
    'schema.users.enterYourPassphrase': 'أدخل عبارة المرور.',
    'schema.users.nameRequired': 'أدخل اسم المستخدم.',
    'schema.visits.status': 'اختر حالة.',
  },
});
