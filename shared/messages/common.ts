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
  es: {
    'call.noSuchMethod': 'No existe ningún método llamado «{method}».',
    'call.forbidden':
      '{user} ({role}) no tiene autorización para realizar esta operación ({method}).',
    'call.readOnly':
      'Este espacio de trabajo es de solo lectura, por lo que no se puede modificar nada.',
    'call.readOnlyBecause':
      'Este espacio de trabajo es de solo lectura, por lo que no se puede modificar nada. {reason}',
    'call.integrity':
      'El cambio rompería la integridad del espacio de trabajo y no se ha guardado.',
    'call.internal': 'Se ha producido un error interno en la aplicación; no se ha modificado nada.',
    'call.noAdministrator': 'Este espacio de trabajo no tiene ningún administrador activo.',
    'call.noSuchUser': 'No hay ningún usuario «{user}» en este espacio de trabajo.',
    'call.userDisabled':
      'La cuenta de {user} está desactivada y no puede hacer nada en este espacio de trabajo: diríjase a un administrador.',
    'call.fieldProblem': '{field}: {problem}',
    'role.planner': 'planificador de la DECT',
    'role.ctc_member': 'miembro del CCT',
    'role.field': 'miembro de un equipo sobre el terreno',
    'role.admin': 'administrador',
    'rule.notMemberState': '{iso3} no es un Estado Miembro de las Naciones Unidas.',
    'rule.future':
      '{what} {date}, es posterior a la fecha de hoy ({today}). Regístrelo una vez que haya ocurrido.',
    'rule.before': '{what} {date}, es anterior a {earlier} ({earlierOn}).',
    'schema.enterDate': 'Introduzca una fecha.',
    'schema.dateFormat':
      'Introduzca una fecha real con el formato AAAA-MM-DD, por ejemplo, 2025-03-31.',
    'schema.chooseState': 'Elija un Estado Miembro.',
    'schema.iso3Format':
      'Un Estado Miembro se indica con su código ISO de tres letras, por ejemplo, KEN.',
    'schema.idRequired': 'Se requiere un identificador.',
    'schema.textTooLong': 'No supere los {maximum} caracteres.',
    'schema.namesTooMany': 'Indique como máximo {maximum} nombres.',
    'schema.enterYear': 'Introduzca un año.',
    'schema.wholeYear': 'Introduzca un año completo, por ejemplo, 2027.',
    'schema.yearFrom': 'Elija un año a partir de {minimum}.',
    'schema.yearUpTo': 'Elija un año hasta {maximum}.',
    'schema.language':
      'Elija uno de los seis idiomas de las Naciones Unidas: en, fr, es, ru, zh o ar.',
  },
  ru: {
    'call.noSuchMethod': 'Метода с именем «{method}» не существует.',
    'call.forbidden':
      'Пользователю {user} ({role}) не разрешено выполнять это действие ({method}).',
    'call.readOnly':
      'Это рабочее пространство доступно только для чтения, поэтому ничего изменить нельзя.',
    'call.readOnlyBecause':
      'Это рабочее пространство доступно только для чтения, поэтому ничего изменить нельзя. {reason}',
    'call.integrity':
      'Изменение нарушило бы целостность рабочего пространства и не было сохранено.',
    'call.internal': 'В приложении произошла внутренняя ошибка; ничего не изменено.',
    'call.noAdministrator': 'В этом рабочем пространстве нет активного администратора.',
    'call.noSuchUser': 'В этом рабочем пространстве нет пользователя «{user}».',
    'call.userDisabled':
      'Учётная запись пользователя {user} отключена, и он не может ничего делать в этом рабочем пространстве: обратитесь к администратору.',
    'call.fieldProblem': '{field}: {problem}',
    'role.planner': 'планировщик',
    'role.ctc_member': 'член КТК',
    'role.field': 'член группы на местах',
    'role.admin': 'администратор',
    'rule.notMemberState': '{iso3} не является государством — членом ООН.',
    'rule.future':
      '{what} {date} ещё не наступила (сегодня {today}). Внесите её после того, как событие произойдёт.',
    'rule.before': '{what} {date} раньше, чем {earlier} ({earlierOn}).',
    'schema.enterDate': 'Введите дату.',
    'schema.dateFormat':
      'Введите существующую календарную дату в формате ГГГГ-ММ-ДД, например 2025-03-31.',
    'schema.chooseState': 'Выберите государство-член.',
    'schema.iso3Format': 'Государство-член обозначается трёхбуквенным кодом ISO, например KEN.',
    'schema.idRequired': 'Требуется идентификатор.',
    'schema.textTooLong': 'Длина текста не должна превышать {maximum} знаков.',
    'schema.namesTooMany': 'Укажите не более {maximum} имён.',
    'schema.enterYear': 'Введите год.',
    'schema.wholeYear': 'Введите год целым числом, например 2027.',
    'schema.yearFrom': 'Выберите год не ранее {minimum}.',
    'schema.yearUpTo': 'Выберите год не позднее {maximum}.',
    'schema.language': 'Выберите один из шести официальных языков ООН: en, fr, es, ru, zh или ar.',
  },
  zh: {
    'call.noSuchMethod': '不存在名为“{method}”的方法。',
    'call.forbidden': '{user}（{role}）无权执行此操作（{method}）。',
    'call.readOnly': '此工作区为只读，因此无法作任何更改。',
    'call.readOnlyBecause': '此工作区为只读，因此无法作任何更改。{reason}',
    'call.integrity': '此项更改会破坏工作区的完整性，因此未予保存。',
    'call.internal': '应用内部出错；未作任何更改。',
    'call.noAdministrator': '此工作区没有在用的管理员。',
    'call.noSuchUser': '此工作区中没有用户“{user}”。',
    'call.userDisabled': '{user} 已被停用，无法在此工作区中执行任何操作：请联系管理员。',
    'call.fieldProblem': '{field}：{problem}',
    'role.planner': '反恐执行局规划人员',
    'role.ctc_member': '反恐委员会成员',
    'role.field': '实地小组成员',
    'role.admin': '管理员',
    'rule.notMemberState': '{iso3} 不是联合国会员国。',
    'rule.future': '{what}（{date}）晚于今天（{today}）。请在其发生后再记录。',
    'rule.before': '{what}（{date}）早于{earlier}（{earlierOn}）。',
    'schema.enterDate': '请输入日期。',
    'schema.dateFormat': '请使用真实存在的日历日期，格式为 YYYY-MM-DD，例如 2025-03-31。',
    'schema.chooseState': '请选择一个会员国。',
    'schema.iso3Format': '会员国以三个字母的 ISO 代码表示，例如 KEN。',
    'schema.idRequired': '必须提供标识符。',
    'schema.textTooLong': '请不要超过 {maximum} 个字符。',
    'schema.namesTooMany': '最多列出 {maximum} 个名称。',
    'schema.enterYear': '请输入年份。',
    'schema.wholeYear': '请输入完整的年份，例如 2027。',
    'schema.yearFrom': '请选择 {minimum} 年或之后的年份。',
    'schema.yearUpTo': '请选择不晚于 {maximum} 年的年份。',
    'schema.language': '请从联合国六种语文中选择一种：en、fr、es、ru、zh 或 ar。',
  },
  ar: {
    'call.noSuchMethod': 'لا توجد وظيفة باسم «{method}».',
    'call.forbidden': 'لا يُسمح للمستخدم {user} ({role}) بالقيام بهذا الإجراء ({method}).',
    'call.readOnly': 'مساحة العمل هذه للقراءة فقط، ولذلك لا يمكن تغيير أي شيء فيها.',
    'call.readOnlyBecause':
      'مساحة العمل هذه للقراءة فقط، ولذلك لا يمكن تغيير أي شيء فيها. {reason}',
    'call.integrity': 'من شأن هذا التغيير أن يُخل بسلامة بيانات مساحة العمل، ولذلك لم يُحفظ.',
    'call.internal': 'حدث خطأ داخل التطبيق؛ ولم يتغير أي شيء.',
    'call.noAdministrator': 'لا يوجد في مساحة العمل هذه أي مسؤول عن النظام في حالة نشاط.',
    'call.noSuchUser': 'لا يوجد مستخدم باسم «{user}» في مساحة العمل هذه.',
    'call.userDisabled':
      'عُطِّل حساب {user}، ولا يمكنه القيام بأي شيء في مساحة العمل هذه: يُرجى الاتصال بأحد المسؤولين عن النظام.',
    'call.fieldProblem': '{field}: {problem}',
    'role.planner': 'مخطِّط في المديرية التنفيذية',
    'role.ctc_member': 'عضو في لجنة مكافحة الإرهاب',
    'role.field': 'عضو في فريق ميداني',
    'role.admin': 'مسؤول عن النظام',
    'rule.notMemberState': '{iso3} ليس رمز دولة عضو في الأمم المتحدة.',
    'rule.future':
      '{what} {date}، يقع في المستقبل (تاريخ اليوم {today}). لا يُسجَّل ذلك إلا بعد وقوعه.',
    'rule.before': '{what} {date}، يسبق {earlier} ({earlierOn}).',
    'schema.enterDate': 'أدخل تاريخًا.',
    'schema.dateFormat': 'أدخل تاريخًا تقويميًا صحيحًا بالصيغة YYYY-MM-DD، مثل 2025-03-31.',
    'schema.chooseState': 'اختر دولة عضوًا.',
    'schema.iso3Format': 'يُشار إلى الدولة العضو برمز ISO المكوّن من ثلاثة أحرف، مثل KEN.',
    'schema.idRequired': 'يلزم إدخال معرِّف.',
    'schema.textTooLong': 'يجب ألا يتجاوز النص {maximum} حرفًا.',
    'schema.namesTooMany': 'لا تُدرج أكثر من {maximum} من الأسماء.',
    'schema.enterYear': 'أدخل سنة.',
    'schema.wholeYear': 'أدخل سنة كاملة، مثل 2027.',
    'schema.yearFrom': 'اختر سنة ابتداءً من {minimum}.',
    'schema.yearUpTo': 'اختر سنة لا تتجاوز {maximum}.',
    'schema.language': 'اختر إحدى لغات الأمم المتحدة الست: en أو fr أو es أو ru أو zh أو ar.',
  },
});
