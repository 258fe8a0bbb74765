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
    'plan.kind.followUp': {
      one: 'Evaluación reciente con {open} de {count} recomendación prioritaria aún pendiente: una visita de seguimiento específica.',
      other:
        'Evaluación reciente con {open} de {count} recomendaciones prioritarias aún pendientes: una visita de seguimiento específica.',
    },
    'plan.kind.focused':
      'Evaluación reciente con sus recomendaciones prioritarias atendidas: una visita específica centrada en las cuestiones incipientes.',
    'plan.selection.includedByInstruction': 'Incluido por instrucción del CCT ({ref}).',
    'plan.selection.includedByPlanners': 'Incluido por decisión de los planificadores.',
    'plan.selection.excludedByInstruction': 'Excluido por instrucción del CCT ({ref}).',
    'plan.selection.excludedByPlanners': 'Excluido por decisión de los planificadores.',
    'plan.selection.scheduled': 'Ya hay una visita prevista o programada.',
    'plan.selection.regionMinimum': {
      one: 'Incluido para que la región {region} tenga al menos {count} visita.',
      other: 'Incluido para que la región {region} tenga al menos {count} visitas.',
    },
    'plan.selection.regionFull': {
      one: 'La región {region} ya tiene su máximo de {count} visita, por lo que el Estado no queda seleccionado ni en reserva.',
      other:
        'La región {region} ya tiene su máximo de {count} visitas, por lo que el Estado no queda seleccionado ni en reserva.',
    },
    'plan.selection.amended': 'Cambio introducido por la modificación aprobada el {date} ({ref}).',
    'plan.date.1': {
      other: '{count} de enero de {year}',
    },
    'plan.date.2': {
      other: '{count} de febrero de {year}',
    },
    'plan.date.3': {
      other: '{count} de marzo de {year}',
    },
    'plan.date.4': {
      other: '{count} de abril de {year}',
    },
    'plan.date.5': {
      other: '{count} de mayo de {year}',
    },
    'plan.date.6': {
      other: '{count} de junio de {year}',
    },
    'plan.date.7': {
      other: '{count} de julio de {year}',
    },
    'plan.date.8': {
      other: '{count} de agosto de {year}',
    },
    'plan.date.9': {
      other: '{count} de septiembre de {year}',
    },
    'plan.date.10': {
      other: '{count} de octubre de {year}',
    },
    'plan.date.11': {
      other: '{count} de noviembre de {year}',
    },
    'plan.date.12': {
      other: '{count} de diciembre de {year}',
    },
    'plan.status.draft': 'en fase de proyecto',
    'plan.status.proposed': 'propuesta',
    'plan.status.adopted': 'aprobada',
    'plan.wrongStatus.saveDraft':
      'La lista de {year} está {status}; solo puede guardarse como proyecto mientras esté en fase de proyecto.',
    'plan.wrongStatus.propose':
      'La lista de {year} está {status}; solo puede proponerse mientras esté en fase de proyecto.',
    'plan.wrongStatus.adopt':
      'La lista de {year} está {status}; solo puede aprobarse una vez propuesta al Comité.',
    'plan.wrongStatus.amend':
      'La lista de {year} está {status}; solo puede modificarse una vez aprobada por el Comité.',
    'plan.noList': 'Todavía no existe la lista de {year}. Elabore y guarde primero un proyecto.',
    'plan.noVersion': 'La lista de {year} no tiene ninguna versión {version}.',
    'plan.noAdoptedVersion': 'La lista de {year} todavía no tiene ninguna versión aprobada.',
    'plan.notRanked': '{iso3} no figura en la clasificación de la lista de {year}.',
    'plan.noSuchState': 'No existe ningún Estado Miembro {iso3}.',
    'plan.decision.future': 'La fecha de la decisión no puede ser posterior a la fecha de hoy.',
    'plan.decision.futureField': 'Fecha posterior a hoy.',
    'plan.decision.beforeList':
      'La decisión no puede tener una fecha anterior a la de la propuesta de la lista al Comité, el {date}. Compruebe la fecha de la decisión.',
    'plan.decision.beforeListField':
      'Anterior al {date}, fecha en que se propuso la lista al Comité.',
    'plan.decision.beforeAmendment':
      'La decisión no puede tener una fecha anterior a la de la propuesta de esta modificación, el {date}. Compruebe la fecha de la decisión.',
    'plan.decision.beforeAmendmentField':
      'Anterior al {date}, fecha en que se propuso esta modificación.',
    'plan.consent.missing': 'Esta solicitud de consentimiento no existe.',
    'plan.consent.otherList':
      'Esta solicitud de consentimiento no es la de {iso3} para la lista de {year}.',
    'plan.consent.notRefused':
      'Esta solicitud de consentimiento no ha sido denegada ni retirada, por lo que no justifica retirar al Estado de la lista.',
    'plan.consent.wrongAction':
      'Un consentimiento denegado o retirado exige una sustitución o una retirada de la lista.',
    'plan.amend.alreadyOn': '{iso3} ya figura en la lista.',
    'plan.amend.notOn': '{iso3} no figura en la lista.',
    'plan.amend.cannotReplace': '{iso3} no figura en la lista, por lo que no puede sustituirse.',
    'plan.amend.chooseReplacement': 'Elija el Estado que ocupará su lugar.',
    'plan.amend.chooseKind': 'Elija el nuevo tipo de visita.',
    'plan.amend.sameKind': 'La visita a {iso3} ya es del tipo «{kind}».',
    'plan.amend.reserveEmpty':
      'La lista de reserva está vacía: elija el Estado que ocupará su lugar.',
    'plan.amend.chooseStates': 'Elija Estados Miembros de las Naciones Unidas.',
    'plan.amend.unknownState': 'Estado desconocido.',
    'plan.amend.pending':
      'Ya hay una modificación relativa a {iso3} pendiente de la decisión del Comité.',
    'plan.amendment.missing': 'Esta modificación no existe.',
    'plan.amendment.alreadyApproved': 'Esta modificación ya fue aprobada.',
    'plan.amendment.alreadyRejected': 'Esta modificación ya fue rechazada.',
    'plan.amendment.otherList': 'Esta modificación no corresponde a esa lista.',
  },
  ru: {
    'plan.kind.neverVisited': 'Ни разу не посещалось: первая всеобъемлющая оценка.',
    'plan.kind.noComprehensive': 'Сведений о всеобъемлющей оценке нет.',
    'plan.kind.comprehensiveLongAgo': {
      one: 'Последняя всеобъемлющая оценка — в {year} году, более {count} года назад.',
      few: 'Последняя всеобъемлющая оценка — в {year} году, более {count} лет назад.',
      many: 'Последняя всеобъемлющая оценка — в {year} году, более {count} лет назад.',
      other: 'Последняя всеобъемлющая оценка — в {year} году, более {count} года назад.',
    },
    'plan.kind.followUp': {
      one: 'Недавняя оценка, после которой не выполнено {open} из {count} приоритетной рекомендации: целевое последующее посещение.',
      few: 'Недавняя оценка, после которой не выполнено {open} из {count} приоритетных рекомендаций: целевое последующее посещение.',
      many: 'Недавняя оценка, после которой не выполнено {open} из {count} приоритетных рекомендаций: целевое последующее посещение.',
      other:
        'Недавняя оценка, после которой не выполнено {open} из {count} приоритетной рекомендации: целевое последующее посещение.',
    },
    'plan.kind.focused':
      'Недавняя оценка, приоритетные рекомендации которой выполнены: целевое посещение по новым проблемам.',
    'plan.selection.includedByInstruction': 'Включено по указанию КТК ({ref}).',
    'plan.selection.includedByPlanners': 'Включено по выбору планировщиков.',
    'plan.selection.excludedByInstruction': 'Исключено по указанию КТК ({ref}).',
    'plan.selection.excludedByPlanners': 'Не включено по выбору планировщиков.',
    'plan.selection.scheduled': 'Посещение уже запланировано или назначено.',
    'plan.selection.regionMinimum': {
      one: 'Включено, чтобы в регионе ({region}) было не менее {count} посещения.',
      few: 'Включено, чтобы в регионе ({region}) было не менее {count} посещений.',
      many: 'Включено, чтобы в регионе ({region}) было не менее {count} посещений.',
      other: 'Включено, чтобы в регионе ({region}) было не менее {count} посещения.',
    },
    'plan.selection.regionFull': {
      one: 'В регионе ({region}) уже достигнуто максимальное число посещений ({count}), поэтому государство не отобрано и не включено в резерв.',
      few: 'В регионе ({region}) уже достигнуто максимальное число посещений ({count}), поэтому государство не отобрано и не включено в резерв.',
      many: 'В регионе ({region}) уже достигнуто максимальное число посещений ({count}), поэтому государство не отобрано и не включено в резерв.',
      other:
        'В регионе ({region}) уже достигнуто максимальное число посещений ({count}), поэтому государство не отобрано и не включено в резерв.',
    },
    'plan.selection.amended': 'Изменено на основании изменения, утверждённого {date} ({ref}).',
    'plan.date.1': {
      other: '{count} января {year} г.',
    },
    'plan.date.2': {
      other: '{count} февраля {year} г.',
    },
    'plan.date.3': {
      other: '{count} марта {year} г.',
    },
    'plan.date.4': {
      other: '{count} апреля {year} г.',
    },
    'plan.date.5': {
      other: '{count} мая {year} г.',
    },
    'plan.date.6': {
      other: '{count} июня {year} г.',
    },
    'plan.date.7': {
      other: '{count} июля {year} г.',
    },
    'plan.date.8': {
      other: '{count} августа {year} г.',
    },
    'plan.date.9': {
      other: '{count} сентября {year} г.',
    },
    'plan.date.10': {
      other: '{count} октября {year} г.',
    },
    'plan.date.11': {
      other: '{count} ноября {year} г.',
    },
    'plan.date.12': {
      other: '{count} декабря {year} г.',
    },
    'plan.status.draft': 'проект',
    'plan.status.proposed': 'предложен',
    'plan.status.adopted': 'утверждён',
    'plan.wrongStatus.saveDraft':
      'Статус списка на {year} год: «{status}». Сохранить его как проект можно, только пока он является проектом.',
    'plan.wrongStatus.propose':
      'Статус списка на {year} год: «{status}». Предложить его можно, только пока он является проектом.',
    'plan.wrongStatus.adopt':
      'Статус списка на {year} год: «{status}». Утвердить его можно, только после того как он предложен Комитету.',
    'plan.wrongStatus.amend':
      'Статус списка на {year} год: «{status}». Вносить в него изменения можно, только после того как Комитет его утвердил.',
    'plan.noList': 'Списка на {year} год ещё нет. Сначала составьте и сохраните проект.',
    'plan.noVersion': 'У списка на {year} год нет версии {version}.',
    'plan.noAdoptedVersion': 'У списка на {year} год ещё нет утверждённых версий.',
    'plan.notRanked': 'Государство {iso3} не включено в рейтинг списка на {year} год.',
    'plan.noSuchState': 'Государства-члена {iso3} не существует.',
    'plan.decision.future': 'Дата решения не может быть в будущем.',
    'plan.decision.futureField': 'Дата в будущем.',
    'plan.decision.beforeList':
      'Решение не может быть датировано ранее {date}, когда список был предложен Комитету. Проверьте дату решения.',
    'plan.decision.beforeListField': 'Ранее {date}, когда список был предложен Комитету.',
    'plan.decision.beforeAmendment':
      'Решение не может быть датировано ранее {date}, когда было предложено это изменение. Проверьте дату решения.',
    'plan.decision.beforeAmendmentField': 'Ранее {date}, когда было предложено это изменение.',
    'plan.consent.missing': 'Эта просьба о согласии не существует.',
    'plan.consent.otherList':
      'Эта просьба о согласии не относится к государству {iso3} по списку на {year} год.',
    'plan.consent.notRefused':
      'По этой просьбе о согласии не было ни отказа, ни отзыва, поэтому она не даёт оснований исключать государство из списка.',
    'plan.consent.wrongAction':
      'При отказе в согласии или его отзыве требуется замена или исключение.',
    'plan.amend.alreadyOn': 'Государство {iso3} уже включено в список.',
    'plan.amend.notOn': 'Государство {iso3} не включено в список.',
    'plan.amend.cannotReplace':
      'Государство {iso3} не включено в список, поэтому его нельзя заменить.',
    'plan.amend.chooseReplacement': 'Выберите государство, которое займёт его место.',
    'plan.amend.chooseKind': 'Выберите новый вид посещения.',
    'plan.amend.sameKind': 'Посещение государства {iso3} уже имеет этот вид ({kind}).',
    'plan.amend.reserveEmpty':
      'Резервный список пуст: выберите государство, которое займёт это место.',
    'plan.amend.chooseStates': 'Выберите государства — члены ООН.',
    'plan.amend.unknownState': 'Неизвестное государство.',
    'plan.amend.pending': 'Изменение, касающееся государства {iso3}, уже ожидает решения Комитета.',
    'plan.amendment.missing': 'Это изменение не существует.',
    'plan.amendment.alreadyApproved': 'Это изменение уже утверждено.',
    'plan.amendment.alreadyRejected': 'Это изменение уже отклонено.',
    'plan.amendment.otherList': 'Это изменение не относится к данному списку.',
  },
  zh: {
    'plan.kind.neverVisited': '从未访问过：进行首次全面评估。',
    'plan.kind.noComprehensive': '没有全面评估的记录。',
    'plan.kind.comprehensiveLongAgo': {
      other: '上次全面评估在{year}年，已超过 {count} 年。',
    },
    'plan.kind.followUp': {
      other: '近期评估的 {count} 项优先建议中仍有 {open} 项未落实：进行重点后续访问。',
    },
    'plan.kind.focused': '近期评估的优先建议已得到落实：就新出现的问题进行重点访问。',
    'plan.selection.includedByInstruction': '依反恐委员会指示（{ref}）列入。',
    'plan.selection.includedByPlanners': '由规划人员自行选择列入。',
    'plan.selection.excludedByInstruction': '依反恐委员会指示（{ref}）不列入。',
    'plan.selection.excludedByPlanners': '由规划人员自行选择不列入。',
    'plan.selection.scheduled': '已有一次已规划或已排定的访问。',
    'plan.selection.regionMinimum': {
      other: '列入是为了使{region}至少有 {count} 次访问。',
    },
    'plan.selection.regionFull': {
      other: '{region}已达到 {count} 次访问的上限，因此既未选定，也未列入后备名单。',
    },
    'plan.selection.amended': '经 {date} 核准的修订（{ref}）更改。',
    'plan.date.1': {
      other: '{year}年1月{count}日',
    },
    'plan.date.2': {
      other: '{year}年2月{count}日',
    },
    'plan.date.3': {
      other: '{year}年3月{count}日',
    },
    'plan.date.4': {
      other: '{year}年4月{count}日',
    },
    'plan.date.5': {
      other: '{year}年5月{count}日',
    },
    'plan.date.6': {
      other: '{year}年6月{count}日',
    },
    'plan.date.7': {
      other: '{year}年7月{count}日',
    },
    'plan.date.8': {
      other: '{year}年8月{count}日',
    },
    'plan.date.9': {
      other: '{year}年9月{count}日',
    },
    'plan.date.10': {
      other: '{year}年10月{count}日',
    },
    'plan.date.11': {
      other: '{year}年11月{count}日',
    },
    'plan.date.12': {
      other: '{year}年12月{count}日',
    },
    'plan.status.draft': '草案',
    'plan.status.proposed': '已提交',
    'plan.status.adopted': '已通过',
    'plan.wrongStatus.saveDraft':
      '{year}年名单的状态为“{status}”；只有名单为草案时才能保存为草案。',
    'plan.wrongStatus.propose': '{year}年名单的状态为“{status}”；只有名单为草案时才能提交。',
    'plan.wrongStatus.adopt': '{year}年名单的状态为“{status}”；只有在名单已提交委员会后才能通过。',
    'plan.wrongStatus.amend': '{year}年名单的状态为“{status}”；只有在委员会通过名单后才能修订。',
    'plan.noList': '尚无{year}年名单。请先编制并保存草案。',
    'plan.noVersion': '{year}年名单没有第 {version} 版。',
    'plan.noAdoptedVersion': '{year}年名单尚无已通过的版本。',
    'plan.notRanked': '{iso3} 未列入{year}年名单的排名。',
    'plan.noSuchState': '没有会员国 {iso3}。',
    'plan.decision.future': '决定日期不能晚于今天。',
    'plan.decision.futureField': '晚于今天。',
    'plan.decision.beforeList': '决定日期不能早于名单提交委员会的日期（{date}）。请检查决定日期。',
    'plan.decision.beforeListField': '早于名单提交委员会的日期 {date}。',
    'plan.decision.beforeAmendment':
      '决定日期不能早于此项修订的提出日期（{date}）。请检查决定日期。',
    'plan.decision.beforeAmendmentField': '早于此项修订的提出日期 {date}。',
    'plan.consent.missing': '此同意请求不存在。',
    'plan.consent.otherList': '此同意请求不是 {iso3} 关于{year}年名单的请求。',
    'plan.consent.notRefused':
      '此同意请求既未被拒绝也未被撤回，因此不构成将该国从名单中删除的理由。',
    'plan.consent.wrongAction': '拒绝或撤回同意时，应替换或删除该国。',
    'plan.amend.alreadyOn': '{iso3} 已列入名单。',
    'plan.amend.notOn': '{iso3} 未列入名单。',
    'plan.amend.cannotReplace': '{iso3} 未列入名单，因此无法被替换。',
    'plan.amend.chooseReplacement': '请选择替代该国的国家。',
    'plan.amend.chooseKind': '请选择新的访问类型。',
    'plan.amend.sameKind': '对 {iso3} 的访问已是“{kind}”类型。',
    'plan.amend.reserveEmpty': '后备名单为空：请选择替代该国的国家。',
    'plan.amend.chooseStates': '请选择联合国会员国。',
    'plan.amend.unknownState': '未知国家。',
    'plan.amend.pending': '关于 {iso3} 的一项修订已在等待委员会决定。',
    'plan.amendment.missing': '此修订不存在。',
    'plan.amendment.alreadyApproved': '此修订已被核准。',
    'plan.amendment.alreadyRejected': '此修订已被否决。',
    'plan.amendment.otherList': '此修订不属于该名单。',
  },
  ar: {
    'plan.kind.neverVisited': 'لم تُزر قط: تقييم شامل أول.',
    'plan.kind.noComprehensive': 'لا يوجد في السجلات أي تقييم شامل.',
    'plan.kind.comprehensiveLongAgo': {
      zero: 'آخر تقييم شامل أُجري في عام {year}، أي منذ أكثر من {count} سنة.',
      one: 'آخر تقييم شامل أُجري في عام {year}، أي منذ أكثر من سنة.',
      two: 'آخر تقييم شامل أُجري في عام {year}، أي منذ أكثر من سنتين.',
      few: 'آخر تقييم شامل أُجري في عام {year}، أي منذ أكثر من {count} سنوات.',
      many: 'آخر تقييم شامل أُجري في عام {year}، أي منذ أكثر من {count} سنة.',
      other: 'آخر تقييم شامل أُجري في عام {year}، أي منذ أكثر من {count} سنة.',
    },
    'plan.kind.followUp': {
      one: 'تقييم حديث لا تزال فيه توصيته ذات الأولوية مفتوحة: زيارة متابعة مركَّزة.',
      two: 'تقييم حديث لا تزال فيه {open} من أصل توصيتين ذواتي أولوية مفتوحة: زيارة متابعة مركَّزة.',
      few: 'تقييم حديث لا تزال فيه {open} من أصل {count} توصيات ذات أولوية مفتوحة: زيارة متابعة مركَّزة.',
      other:
        'تقييم حديث لا تزال فيه {open} من أصل {count} من التوصيات ذات الأولوية مفتوحة: زيارة متابعة مركَّزة.',
    },
    'plan.kind.focused':
      'تقييم حديث عولجت فيه التوصيات ذات الأولوية: زيارة مركَّزة بشأن المسائل الناشئة.',
    'plan.selection.includedByInstruction': 'أُدرجت بتوجيه من لجنة مكافحة الإرهاب ({ref}).',
    'plan.selection.includedByPlanners': 'أُدرجت باختيار المخطِّطين.',
    'plan.selection.excludedByInstruction': 'استُبعدت بتوجيه من لجنة مكافحة الإرهاب ({ref}).',
    'plan.selection.excludedByPlanners': 'استُبعدت باختيار المخطِّطين.',
    'plan.selection.scheduled': 'توجد بالفعل زيارة مقرَّرة أو محدَّدة الموعد.',
    'plan.selection.regionMinimum': {
      zero: 'أُدرجت لضمان أن تحظى منطقة {region} بعدد من الزيارات لا يقل عن {count}.',
      one: 'أُدرجت لضمان أن تحظى منطقة {region} بزيارة واحدة على الأقل.',
      two: 'أُدرجت لضمان أن تحظى منطقة {region} بزيارتين على الأقل.',
      few: 'أُدرجت لضمان أن تحظى منطقة {region} بـ {count} زيارات على الأقل.',
      many: 'أُدرجت لضمان أن تحظى منطقة {region} بـ {count} زيارة على الأقل.',
      other: 'أُدرجت لضمان أن تحظى منطقة {region} بـ {count} زيارة على الأقل.',
    },
    'plan.selection.regionFull': {
      zero: 'بلغت منطقة {region} بالفعل الحد الأقصى لها، وهو {count} زيارة، ولذلك لا تُختار الدولة ولا تُدرج في القائمة الاحتياطية.',
      one: 'بلغت منطقة {region} بالفعل الحد الأقصى لها، وهو زيارة واحدة، ولذلك لا تُختار الدولة ولا تُدرج في القائمة الاحتياطية.',
      two: 'بلغت منطقة {region} بالفعل الحد الأقصى لها، وهو زيارتان، ولذلك لا تُختار الدولة ولا تُدرج في القائمة الاحتياطية.',
      few: 'بلغت منطقة {region} بالفعل الحد الأقصى لها، وهو {count} زيارات، ولذلك لا تُختار الدولة ولا تُدرج في القائمة الاحتياطية.',
      many: 'بلغت منطقة {region} بالفعل الحد الأقصى لها، وهو {count} زيارة، ولذلك لا تُختار الدولة ولا تُدرج في القائمة الاحتياطية.',
      other:
        'بلغت منطقة {region} بالفعل الحد الأقصى لها، وهو {count} زيارة، ولذلك لا تُختار الدولة ولا تُدرج في القائمة الاحتياطية.',
    },
    'plan.selection.amended': 'غُيِّرت بموجب التعديل الموافَق عليه في {date} ({ref}).',
    'plan.date.1': {
      other: '{count} كانون الثاني/يناير {year}',
    },
    'plan.date.2': {
      other: '{count} شباط/فبراير {year}',
    },
    'plan.date.3': {
      other: '{count} آذار/مارس {year}',
    },
    'plan.date.4': {
      other: '{count} نيسان/أبريل {year}',
    },
    'plan.date.5': {
      other: '{count} أيار/مايو {year}',
    },
    'plan.date.6': {
      other: '{count} حزيران/يونيه {year}',
    },
    'plan.date.7': {
      other: '{count} تموز/يوليه {year}',
    },
    'plan.date.8': {
      other: '{count} آب/أغسطس {year}',
    },
    'plan.date.9': {
      other: '{count} أيلول/سبتمبر {year}',
    },
    'plan.date.10': {
      other: '{count} تشرين الأول/أكتوبر {year}',
    },
    'plan.date.11': {
      other: '{count} تشرين الثاني/نوفمبر {year}',
    },
    'plan.date.12': {
      other: '{count} كانون الأول/ديسمبر {year}',
    },
    'plan.status.draft': 'في مرحلة المشروع',
    'plan.status.proposed': 'مقترحة',
    'plan.status.adopted': 'معتمدة',
    'plan.wrongStatus.saveDraft':
      'قائمة عام {year} {status}؛ ولا يمكن حفظها بوصفها مشروعًا إلا إذا كانت في مرحلة المشروع.',
    'plan.wrongStatus.propose':
      'قائمة عام {year} {status}؛ ولا يمكن اقتراحها إلا إذا كانت في مرحلة المشروع.',
    'plan.wrongStatus.adopt':
      'قائمة عام {year} {status}؛ ولا يمكن اعتمادها إلا بعد اقتراحها على اللجنة.',
    'plan.wrongStatus.amend':
      'قائمة عام {year} {status}؛ ولا يمكن تعديلها إلا بعد أن تعتمدها اللجنة.',
    'plan.noList': 'لا توجد قائمة لعام {year} بعد. أعِدّ مشروعًا واحفظه أولًا.',
    'plan.noVersion': 'لا توجد صيغة {version} من قائمة عام {year}.',
    'plan.noAdoptedVersion': 'لا توجد بعد أي صيغة معتمدة من قائمة عام {year}.',
    'plan.notRanked': 'الدولة {iso3} غير مرتبة في قائمة عام {year}.',
    'plan.noSuchState': 'لا توجد دولة عضو رمزها {iso3}.',
    'plan.decision.future': 'لا يمكن أن يكون تاريخ القرار في المستقبل.',
    'plan.decision.futureField': 'في المستقبل.',
    'plan.decision.beforeList':
      'لا يمكن أن يكون تاريخ القرار سابقًا لتاريخ اقتراح القائمة على اللجنة، وهو {date}. تحقق من تاريخ القرار.',
    'plan.decision.beforeListField': 'قبل {date}، تاريخ اقتراح القائمة على اللجنة.',
    'plan.decision.beforeAmendment':
      'لا يمكن أن يكون تاريخ القرار سابقًا لتاريخ اقتراح هذا التعديل، وهو {date}. تحقق من تاريخ القرار.',
    'plan.decision.beforeAmendmentField': 'قبل {date}، تاريخ اقتراح هذا التعديل.',
    'plan.consent.missing': 'طلب الموافقة هذا غير موجود.',
    'plan.consent.otherList': 'طلب الموافقة هذا ليس طلب الدولة {iso3} المتعلق بقائمة عام {year}.',
    'plan.consent.notRefused':
      'لم يُرفض طلب الموافقة هذا ولم يُسحب، ولذلك لا يوفر أي سبب لحذف الدولة من القائمة.',
    'plan.consent.wrongAction': 'يستدعي رفض الموافقة أو سحبها استبدال الدولة أو حذفها.',
    'plan.amend.alreadyOn': '{iso3} مدرجة بالفعل في القائمة.',
    'plan.amend.notOn': '{iso3} غير مدرجة في القائمة.',
    'plan.amend.cannotReplace': '{iso3} غير مدرجة في القائمة، ولذلك لا يمكن استبدالها.',
    'plan.amend.chooseReplacement': 'اختر الدولة التي تحل محلها.',
    'plan.amend.chooseKind': 'اختر النوع الجديد للزيارة.',
    'plan.amend.sameKind': 'الزيارة إلى {iso3} هي بالفعل من نوع «{kind}».',
    'plan.amend.reserveEmpty': 'القائمة الاحتياطية فارغة: اختر الدولة التي تحل محلها.',
    'plan.amend.chooseStates': 'اختر دولًا أعضاء في الأمم المتحدة.',
    'plan.amend.unknownState': 'دولة غير معروفة.',
    'plan.amend.pending': 'يوجد بالفعل تعديل يتعلق بالدولة {iso3} في انتظار قرار اللجنة.',
    'plan.amendment.missing': 'هذا التعديل غير موجود.',
    'plan.amendment.alreadyApproved': 'سبقت الموافقة على هذا التعديل.',
    'plan.amendment.alreadyRejected': 'سبق رفض هذا التعديل.',
    'plan.amendment.otherList': 'هذا التعديل لا يخص تلك القائمة.',
  },
});
