// The annual list (OP 12): why a kind of visit is proposed for a State (plan.kind.*), why a State
// was forced in, left out or changed (plan.selection.*, stored with the list's entries), dates in
// words (plan.date.<month>, the day as {count}), and the refusals of main/core/handlers/plan.ts.
import type { Message } from '../i18n/format';
import { defineMessages } from './define';

const en = {
  'plan.kind.neverVisited': 'Never visited: a first comprehensive assessment.',
  'plan.kind.noComprehensive': 'No comprehensive assessment on record.',
  'plan.kind.comprehensiveLongAgo': {
    one: 'Last comprehensive assessment in {year}, more than {count} year ago.',
    other: 'Last comprehensive assessment in {year}, more than {count} years ago.',
  },
  'plan.kind.followUp': {
    one: 'Recent assessment with {open} of {count} priority recommendation still open: a focused follow-up.',
    other:
      'Recent assessment with {open} of {count} priority recommendations still open: a focused follow-up.',
  },
  'plan.kind.focused':
    'Recent assessment with its priority recommendations addressed: a focused visit on emerging issues.',

  'plan.selection.includedByInstruction': 'Included by CTC instruction ({ref}).',
  'plan.selection.includedByPlanners': 'Included by the planners’ choice.',
  'plan.selection.excludedByInstruction': 'Excluded by CTC instruction ({ref}).',
  'plan.selection.excludedByPlanners': 'Left out by the planners’ choice.',
  'plan.selection.scheduled': 'A visit is already planned or scheduled.',
  'plan.selection.regionMinimum': {
    one: 'Included so that {region} has at least {count} visit.',
    other: 'Included so that {region} has at least {count} visits.',
  },
  'plan.selection.regionFull': {
    one: '{region} already has its maximum of {count} visit, so it is neither selected nor kept in reserve.',
    other:
      '{region} already has its maximum of {count} visits, so it is neither selected nor kept in reserve.',
  },
  'plan.selection.amended': 'Changed by the amendment approved on {date} ({ref}).',

  'plan.date.1': { other: '{count} January {year}' },
  'plan.date.2': { other: '{count} February {year}' },
  'plan.date.3': { other: '{count} March {year}' },
  'plan.date.4': { other: '{count} April {year}' },
  'plan.date.5': { other: '{count} May {year}' },
  'plan.date.6': { other: '{count} June {year}' },
  'plan.date.7': { other: '{count} July {year}' },
  'plan.date.8': { other: '{count} August {year}' },
  'plan.date.9': { other: '{count} September {year}' },
  'plan.date.10': { other: '{count} October {year}' },
  'plan.date.11': { other: '{count} November {year}' },
  'plan.date.12': { other: '{count} December {year}' },

  'plan.status.draft': 'draft',
  'plan.status.proposed': 'proposed',
  'plan.status.adopted': 'adopted',
  'plan.wrongStatus.saveDraft':
    'The {year} list is {status}; it can be saved as a draft only when it is a draft.',
  'plan.wrongStatus.propose':
    'The {year} list is {status}; it can be proposed only when it is a draft.',
  'plan.wrongStatus.adopt':
    'The {year} list is {status}; it can be adopted only when it has been proposed to the Committee.',
  'plan.wrongStatus.amend':
    'The {year} list is {status}; it can be amended only when the Committee has adopted it.',
  'plan.noList': 'There is no {year} list yet. Build and save a draft first.',
  'plan.noVersion': 'The {year} list has no version {version}.',
  'plan.noAdoptedVersion': 'The {year} list has no adopted versions yet.',
  'plan.notRanked': '{iso3} is not ranked on the {year} list.',
  'plan.noSuchState': 'There is no Member State {iso3}.',

  'plan.decision.future': 'The decision date cannot be in the future.',
  'plan.decision.futureField': 'In the future.',
  'plan.decision.beforeList':
    'The decision cannot be dated before the list was proposed to it on {date}. Check the decision date.',
  'plan.decision.beforeListField': 'Before {date}, when the list was proposed to it.',
  'plan.decision.beforeAmendment':
    'The decision cannot be dated before this amendment was proposed on {date}. Check the decision date.',
  'plan.decision.beforeAmendmentField': 'Before {date}, when this amendment was proposed.',

  'plan.consent.missing': 'This consent request does not exist.',
  'plan.consent.otherList': "This consent request is not {iso3}'s for the {year} list.",
  'plan.consent.notRefused':
    'This consent request has not been declined or withdrawn, so it gives no reason to take the State off the list.',
  'plan.consent.wrongAction':
    'A declined or withdrawn consent calls for a substitution or a removal.',

  'plan.amend.alreadyOn': '{iso3} is already on the list.',
  'plan.amend.notOn': '{iso3} is not on the list.',
  'plan.amend.cannotReplace': '{iso3} is not on the list, so it cannot be replaced.',
  'plan.amend.chooseReplacement': 'Choose the State that takes its place.',
  'plan.amend.chooseKind': 'Choose the new kind of visit.',
  'plan.amend.sameKind': 'The visit to {iso3} is already {kind}.',
  'plan.amend.reserveEmpty': 'The reserve list is empty: choose the State that takes its place.',
  'plan.amend.chooseStates': 'Choose UN Member States.',
  'plan.amend.unknownState': 'Unknown State.',
  'plan.amend.pending':
    'An amendment about {iso3} is already waiting for the Committee’s decision.',
  'plan.amendment.missing': 'This amendment does not exist.',
  'plan.amendment.alreadyApproved': 'This amendment was already approved.',
  'plan.amendment.alreadyRejected': 'This amendment was already rejected.',
  'plan.amendment.otherList': 'This amendment does not belong to that list.',
} satisfies Record<string, Message>;

export const planning = defineMessages<keyof typeof en>({
  en,
  fr: {
    'plan.kind.neverVisited': 'Jamais visité : une première évaluation approfondie.',
    'plan.kind.noComprehensive': 'Aucune évaluation approfondie enregistrée.',
    'plan.kind.comprehensiveLongAgo': {
      one: 'Dernière évaluation approfondie en {year}, il y a plus de {count} an.',
      other: 'Dernière évaluation approfondie en {year}, il y a plus de {count} ans.',
    },
    'plan.kind.followUp': {
      one: 'Évaluation récente dont {open} recommandation prioritaire sur {count} reste ouverte : une visite de suivi ciblée.',
      other:
        'Évaluation récente dont {open} recommandations prioritaires sur {count} restent ouvertes : une visite de suivi ciblée.',
    },
    'plan.kind.focused':
      'Évaluation récente dont les recommandations prioritaires ont été suivies d’effet : une visite ciblée sur les questions nouvelles.',

    'plan.selection.includedByInstruction': 'Inclus sur instruction du CCT ({ref}).',
    'plan.selection.includedByPlanners': 'Inclus au choix des planificateurs.',
    'plan.selection.excludedByInstruction': 'Exclu sur instruction du CCT ({ref}).',
    'plan.selection.excludedByPlanners': 'Écarté au choix des planificateurs.',
    'plan.selection.scheduled': 'Une visite est déjà prévue ou programmée.',
    'plan.selection.regionMinimum': {
      one: 'Inclus pour que la région {region} compte au moins {count} visite.',
      other: 'Inclus pour que la région {region} compte au moins {count} visites.',
    },
    'plan.selection.regionFull': {
      one: 'La région {region} a déjà son maximum de {count} visite : l’État n’est ni retenu ni placé en réserve.',
      other:
        'La région {region} a déjà son maximum de {count} visites : l’État n’est ni retenu ni placé en réserve.',
    },
    'plan.selection.amended': 'Modifié par l’amendement approuvé le {date} ({ref}).',

    'plan.date.1': { one: '1er janvier {year}', other: '{count} janvier {year}' },
    'plan.date.2': { one: '1er février {year}', other: '{count} février {year}' },
    'plan.date.3': { one: '1er mars {year}', other: '{count} mars {year}' },
    'plan.date.4': { one: '1er avril {year}', other: '{count} avril {year}' },
    'plan.date.5': { one: '1er mai {year}', other: '{count} mai {year}' },
    'plan.date.6': { one: '1er juin {year}', other: '{count} juin {year}' },
    'plan.date.7': { one: '1er juillet {year}', other: '{count} juillet {year}' },
    'plan.date.8': { one: '1er août {year}', other: '{count} août {year}' },
    'plan.date.9': { one: '1er septembre {year}', other: '{count} septembre {year}' },
    'plan.date.10': { one: '1er octobre {year}', other: '{count} octobre {year}' },
    'plan.date.11': { one: '1er novembre {year}', other: '{count} novembre {year}' },
    'plan.date.12': { one: '1er décembre {year}', other: '{count} décembre {year}' },

    'plan.status.draft': 'à l’état de projet',
    'plan.status.proposed': 'proposée',
    'plan.status.adopted': 'adoptée',
    'plan.wrongStatus.saveDraft':
      'La liste {year} est {status} ; elle ne peut être enregistrée comme projet que tant qu’elle est un projet.',
    'plan.wrongStatus.propose':
      'La liste {year} est {status} ; elle ne peut être proposée que tant qu’elle est un projet.',
    'plan.wrongStatus.adopt':
      'La liste {year} est {status} ; elle ne peut être adoptée qu’une fois proposée au Comité.',
    'plan.wrongStatus.amend':
      'La liste {year} est {status} ; elle ne peut être modifiée qu’une fois adoptée par le Comité.',
    'plan.noList':
      'Il n’y a pas encore de liste {year}. Établissez-en d’abord un projet et enregistrez-le.',
    'plan.noVersion': 'La liste {year} n’a pas de version {version}.',
    'plan.noAdoptedVersion': 'La liste {year} n’a encore aucune version adoptée.',
    'plan.notRanked': '{iso3} n’est pas classé sur la liste {year}.',
    'plan.noSuchState': 'Il n’y a pas d’État Membre {iso3}.',

    'plan.decision.future': 'La date de la décision ne peut pas être dans le futur.',
    'plan.decision.futureField': 'Dans le futur.',
    'plan.decision.beforeList':
      'La décision ne peut pas être antérieure à la proposition de la liste au Comité, le {date}. Vérifiez la date de la décision.',
    'plan.decision.beforeListField':
      'Avant le {date}, date de la proposition de la liste au Comité.',
    'plan.decision.beforeAmendment':
      'La décision ne peut pas être antérieure à la proposition de cet amendement, le {date}. Vérifiez la date de la décision.',
    'plan.decision.beforeAmendmentField':
      'Avant le {date}, date de la proposition de cet amendement.',

    'plan.consent.missing': 'Cette demande de consentement n’existe pas.',
    'plan.consent.otherList':
      'Cette demande de consentement n’est pas celle de {iso3} pour la liste {year}.',
    'plan.consent.notRefused':
      'Cette demande de consentement n’a été ni refusée ni retirée : elle ne justifie pas de retirer l’État de la liste.',
    'plan.consent.wrongAction':
      'Un consentement refusé ou retiré appelle un remplacement ou un retrait de la liste.',

    'plan.amend.alreadyOn': '{iso3} figure déjà sur la liste.',
    'plan.amend.notOn': '{iso3} ne figure pas sur la liste.',
    'plan.amend.cannotReplace':
      '{iso3} ne figure pas sur la liste et ne peut donc pas être remplacé.',
    'plan.amend.chooseReplacement': 'Choisissez l’État qui prend sa place.',
    'plan.amend.chooseKind': 'Choisissez le nouveau type de visite.',
    'plan.amend.sameKind': 'La visite à {iso3} est déjà de type {kind}.',
    'plan.amend.reserveEmpty':
      'La liste de réserve est vide : choisissez l’État qui prend sa place.',
    'plan.amend.chooseStates': 'Choisissez des États Membres de l’ONU.',
    'plan.amend.unknownState': 'État inconnu.',
    'plan.amend.pending': 'Un amendement concernant {iso3} attend déjà la décision du Comité.',
    'plan.amendment.missing': 'Cet amendement n’existe pas.',
    'plan.amendment.alreadyApproved': 'Cet amendement a déjà été approuvé.',
    'plan.amendment.alreadyRejected': 'Cet amendement a déjà été rejeté.',
    'plan.amendment.otherList': 'Cet amendement ne se rapporte pas à cette liste.',
  },
  es: {
    'plan.kind.neverVisited': 'Nunca visitado: una primera evaluación exhaustiva.',
    'plan.kind.noComprehensive': 'No consta ninguna evaluación exhaustiva.',
    'plan.kind.comprehensiveLongAgo': {
      one: 'Última evaluación exhaustiva en {year}, hace más de {count} año.',
      other: 'Última evaluación exhaustiva en {year}, hace más de {count} años.',
    },
    'plan.kind.focused':
      'Evaluación reciente con sus recomendaciones prioritarias atendidas: una visita centrada en las cuestiones emergentes.',
    'plan.selection.includedByInstruction': 'Incluido por instrucción del CCT ({ref}).',
    'plan.selection.excludedByInstruction': 'Excluido por instrucción del CCT ({ref}).',
    'plan.selection.scheduled': 'Ya hay una visita prevista o programada.',
    'plan.date.1': { other: '{count} de enero de {year}' },
    'plan.date.2': { other: '{count} de febrero de {year}' },
    'plan.date.3': { other: '{count} de marzo de {year}' },
    'plan.date.4': { other: '{count} de abril de {year}' },
    'plan.date.5': { other: '{count} de mayo de {year}' },
    'plan.date.6': { other: '{count} de junio de {year}' },
    'plan.date.7': { other: '{count} de julio de {year}' },
    'plan.date.8': { other: '{count} de agosto de {year}' },
    'plan.date.9': { other: '{count} de septiembre de {year}' },
    'plan.date.10': { other: '{count} de octubre de {year}' },
    'plan.date.11': { other: '{count} de noviembre de {year}' },
    'plan.date.12': { other: '{count} de diciembre de {year}' },
  },
  ru: {
    'plan.date.1': { other: '{count} января {year} г.' },
    'plan.date.2': { other: '{count} февраля {year} г.' },
    'plan.date.3': { other: '{count} марта {year} г.' },
    'plan.date.4': { other: '{count} апреля {year} г.' },
    'plan.date.5': { other: '{count} мая {year} г.' },
    'plan.date.6': { other: '{count} июня {year} г.' },
    'plan.date.7': { other: '{count} июля {year} г.' },
    'plan.date.8': { other: '{count} августа {year} г.' },
    'plan.date.9': { other: '{count} сентября {year} г.' },
    'plan.date.10': { other: '{count} октября {year} г.' },
    'plan.date.11': { other: '{count} ноября {year} г.' },
    'plan.date.12': { other: '{count} декабря {year} г.' },
  },
  zh: {
    'plan.date.1': { other: '{year}年1月{count}日' },
    'plan.date.2': { other: '{year}年2月{count}日' },
    'plan.date.3': { other: '{year}年3月{count}日' },
    'plan.date.4': { other: '{year}年4月{count}日' },
    'plan.date.5': { other: '{year}年5月{count}日' },
    'plan.date.6': { other: '{year}年6月{count}日' },
    'plan.date.7': { other: '{year}年7月{count}日' },
    'plan.date.8': { other: '{year}年8月{count}日' },
    'plan.date.9': { other: '{year}年9月{count}日' },
    'plan.date.10': { other: '{year}年10月{count}日' },
    'plan.date.11': { other: '{year}年11月{count}日' },
    'plan.date.12': { other: '{year}年12月{count}日' },
  },
  ar: {},
});
