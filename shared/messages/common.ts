// What every method can answer: the dispatcher's refusals, the checks handlers share
// (main/core/handlers/rules.ts) and the basic input types (shared/api/schema.ts).
import type { Message } from '../i18n/format';
import { defineMessages } from './define';

const en = {
  'call.noSuchMethod': 'There is no method called "{method}".',
  'call.forbidden': '{user} ({role}) is not allowed to do this ({method}).',
  'call.readOnly': 'This workspace is read-only, so nothing can be changed.',
  'call.readOnlyBecause': 'This workspace is read-only, so nothing can be changed. {reason}',
  'call.integrity': 'The change would break the workspace’s integrity and was not saved.',
  'call.internal': 'Something went wrong inside the app; nothing was changed.',
  'call.noAdministrator': 'This workspace has no active administrator.',
  'call.noSuchUser': 'There is no user "{user}" in this workspace.',
  'call.userDisabled':
    '{user} has been disabled and can do nothing in this workspace: ask an administrator.',
  'call.fieldProblem': '{field}: {problem}',

  'role.planner': 'planner',
  'role.ctc_member': 'CTC member',
  'role.field': 'field team member',
  'role.admin': 'administrator',

  'rule.notMemberState': '{iso3} is not a UN Member State.',
  'rule.future':
    '{what} {date} is in the future (today is {today}). Record it once it has happened.',
  'rule.before': '{what} {date} is before {earlier} ({earlierOn}).',

  'schema.enterDate': 'Enter a date.',
  'schema.dateFormat': 'Use a real calendar date written as YYYY-MM-DD, e.g. 2025-03-31.',
  'schema.chooseState': 'Choose a Member State.',
  'schema.iso3Format': 'A Member State is given by its three-letter ISO code, e.g. KEN.',
  'schema.idRequired': 'An identifier is required.',
  'schema.textTooLong': 'Keep this under {maximum} characters.',
  'schema.namesTooMany': 'List at most {maximum} names.',
  'schema.enterYear': 'Enter a year.',
  'schema.wholeYear': 'Enter a whole year, e.g. 2027.',
  'schema.yearFrom': 'Choose a year from {minimum}.',
  'schema.yearUpTo': 'Choose a year up to {maximum}.',
  'schema.language': 'Choose one of the six UN languages: en, fr, es, ru, zh or ar.',
} satisfies Record<string, Message>;

export const common = defineMessages<keyof typeof en>({
  en,
  fr: {
    'call.noSuchMethod': 'Aucune méthode ne s’appelle « {method} ».',
    'call.forbidden': '{user} ({role}) n’est pas autorisé(e) à faire ceci ({method}).',
    'call.readOnly': 'Cet espace de travail est en lecture seule : rien ne peut y être modifié.',
    'call.readOnlyBecause':
      'Cet espace de travail est en lecture seule : rien ne peut y être modifié. {reason}',
    'call.integrity':
      'La modification romprait l’intégrité de l’espace de travail et n’a pas été enregistrée.',
    'call.internal': 'Une erreur s’est produite dans l’application ; rien n’a été modifié.',
    'call.noAdministrator': 'Cet espace de travail n’a aucun administrateur actif.',
    'call.noSuchUser': 'Il n’y a pas d’utilisateur « {user} » dans cet espace de travail.',
    'call.userDisabled':
      'Le compte de {user} a été désactivé et ne peut rien faire dans cet espace de travail : adressez-vous à un administrateur.',
    'call.fieldProblem': '{field} : {problem}',

    'role.planner': 'planificateur',
    'role.ctc_member': 'membre du CCT',
    'role.field': 'membre d’une équipe de terrain',
    'role.admin': 'administrateur',

    'rule.notMemberState': '{iso3} n’est pas un État Membre de l’ONU.',
    'rule.future':
      '{what} {date} est dans le futur (nous sommes le {today}). Enregistrez-la une fois qu’elle a eu lieu.',
    'rule.before': '{what} {date} est antérieure à {earlier} ({earlierOn}).',

    'schema.enterDate': 'Saisissez une date.',
    'schema.dateFormat': 'Saisissez une date réelle au format AAAA-MM-JJ, par exemple 2025-03-31.',
    'schema.chooseState': 'Choisissez un État Membre.',
    'schema.iso3Format':
      'Un État Membre est désigné par son code ISO à trois lettres, par exemple KEN.',
    'schema.idRequired': 'Un identifiant est requis.',
    'schema.textTooLong': 'Ne dépassez pas {maximum} caractères.',
    'schema.namesTooMany': 'Indiquez au plus {maximum} noms.',
    'schema.enterYear': 'Saisissez une année.',
    'schema.wholeYear': 'Saisissez une année entière, par exemple 2027.',
    'schema.yearFrom': 'Choisissez une année à partir de {minimum}.',
    'schema.yearUpTo': 'Choisissez une année jusqu’à {maximum}.',
    'schema.language':
      'Choisissez l’une des six langues officielles de l’ONU : en, fr, es, ru, zh ou ar.',
  },
  es: {},
  ru: {},
  zh: {},
  ar: {},
});
