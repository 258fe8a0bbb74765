// The import of indicator values (shared/import): what the check of a file finds in it, said in
// the reader's language by the interface's preview, by the API (indicators.check and
// indicators.import) and, in English, by the command line.
import type { Message } from '../i18n/format';
import { defineMessages } from './define';

const en = {
  // Reading the file (csv.ts, xlsx.ts, file.ts, columns.ts).
  'import.unclosedQuote':
    'A quoted value opened on line {line} is never closed, so the file could not be read past it. Check the quotes (") on that line.',
  'import.notWorkbook':
    'This file could not be read as an Excel workbook (.xlsx). Open it in a spreadsheet program and save it as .xlsx or as CSV, then try again.',
  'import.noSheet': 'The workbook has no readable first worksheet ({sheet}). {notWorkbook}',
  'import.oldExcel':
    '{file} is an old Excel workbook (.xls). Open it in a spreadsheet program and save it as .xlsx or as CSV, then try again.',
  'import.empty': 'The file is empty: there is nothing to import.',
  'import.headerOnly': 'The file has a header line but no data rows: there is nothing to import.',
  'import.noRows': 'The file has no data rows: there is nothing to import.',
  'import.headerSkipped': {
    one: 'The header is on line {line}: the line before it ({skipped}) is not data and was skipped.',
    other:
      'The header is on line {line}: the {count} lines before it ({skipped}) are not data and were skipped.',
  },
  'import.sameYear':
    "The columns '{first}' and '{second}' are both for {year}; the first one is used.",
  'import.sameColumn':
    "The columns '{first}' and '{second}' both give the {column}; the first one, '{first}', is used.",
  'import.column.stateCode': 'State code',
  'import.column.indicatorName': 'indicator name',
  'import.unusedColumns': {
    one: 'The column {names} is not used: only state, indicator, as_of, value and source are read.',
    other:
      'The columns {names} are not used: only state, indicator, as_of, value and source are read.',
  },
  'import.unusedColumnsOrYears': {
    one: 'The column {names} is not used: only state, indicator, as_of, value and source are read, or one column per year.',
    other:
      'The columns {names} are not used: only state, indicator, as_of, value and source are read, or one column per year.',
  },
  'import.missingColumns': {
    one: 'The file has no {missing} column. Its first line must name the columns state, indicator, as_of and value (source is optional), or state, indicator and one column per year (e.g. 2023); it names {found}.',
    other:
      'The file has no {missing} columns. Its first line must name the columns state, indicator, as_of and value (source is optional), or state, indicator and one column per year (e.g. 2023); it names {found}.',
  },
  'import.noColumnNamed': 'none',
  // Lists: "'a', 'b'" and "A or B".
  'import.quoted': "'{name}'",
  'import.listMore': '{first}, {then}',
  'import.or': '{first} or {then}',

  // One row (check.ts, values.ts).
  'import.noState': 'No Member State is given.',
  'import.aggregate':
    "'{name}' is a regional or income aggregate, not a Member State: leave its line out of the import.",
  'import.nonMember':
    "'{name}' is not a UN Member State (a territory or non-member State): leave its line out of the import.",
  'import.ambiguous': "'{name}' could be {names}: write its ISO code ({codes}) instead.",
  'import.unknownState': "'{name}' is not a UN Member State.",
  'import.nearMiss':
    "'{name}' is not the name of a UN Member State. Did you mean {suggested} ({iso3})? Confirm the suggestion, or correct the file.",
  'import.noIndicator': 'No indicator is given.',
  'import.unknownIndicator':
    "'{name}' is not a defined indicator: define it under “Indicator definitions” first (its key, label or external code is matched), or correct the file. {known}",
  'import.definedIndicators': 'The defined indicators are: {keys}.',
  'import.definedIndicatorsMore': 'The defined indicators are: {keys}, ….',
  'import.noIndicatorDefined': 'No indicator is defined yet.',
  'import.noDate': 'The date (as of) is missing.',
  'import.notRealDate': "'{text}' is not a real calendar date.",
  'import.notDate':
    "'{text}' is not a date. Write it as YYYY-MM-DD (e.g. 2025-03-31) or as a year (2025).",
  'import.futureDate':
    'The date {date} is in the future (today is {today}): only values already known can be imported.',
  'import.noValue': 'The value is missing.',
  'import.ambiguousNumber':
    "'{text}' is ambiguous: it could be {joined} or {decimal}. Write it without a thousands separator ({joined}), or with a point for decimals ({decimal}).",
  'import.notNumber':
    "'{text}' is not a number. Write digits with '.' or ',' for decimals (e.g. 12.5 or 12,5), without units, percent signs or thousands separators.",
  'import.outsideRange': 'The value {value} is outside the range of {label} ({min} to {max}).',
  'import.belowMinimum': 'The value {value} is below the minimum of {label} ({min}).',
  'import.aboveMaximum': 'The value {value} is above the maximum of {label} ({max}).',
  'import.duplicate':
    '{state}, {indicator}, {asOf} is already on line {first}: a State has one value per indicator and date.',
  'import.replaces':
    '{state} already has {old} for {indicator} as of {asOf}; it will be replaced by {value}.',
} satisfies Record<string, Message>;

export const imports = defineMessages<keyof typeof en>({
  en,
  fr: {
    'import.unclosedQuote':
      'Une valeur entre guillemets ouverte à la ligne {line} n’est jamais fermée : le fichier n’a pas pu être lu au-delà. Vérifiez les guillemets de cette ligne.',
    'import.notWorkbook':
      'Ce fichier n’a pas pu être lu comme un classeur Excel (.xlsx). Ouvrez-le dans un tableur et enregistrez-le au format .xlsx ou CSV, puis réessayez.',
    'import.noSheet': 'Le classeur n’a pas de première feuille lisible ({sheet}). {notWorkbook}',
    'import.oldExcel':
      '{file} est un ancien classeur Excel (.xls). Ouvrez-le dans un tableur et enregistrez-le au format .xlsx ou CSV, puis réessayez.',
    'import.empty': 'Le fichier est vide : il n’y a rien à importer.',
    'import.headerOnly':
      'Le fichier a une ligne d’en-tête mais aucune ligne de données : il n’y a rien à importer.',
    'import.noRows': 'Le fichier n’a aucune ligne de données : il n’y a rien à importer.',
    'import.headerSkipped': {
      one: 'L’en-tête est à la ligne {line} : la ligne qui le précède ({skipped}) ne contient pas de données et a été ignorée.',
      other:
        'L’en-tête est à la ligne {line} : les {count} lignes qui le précèdent ({skipped}) ne contiennent pas de données et ont été ignorées.',
    },
    'import.sameYear':
      'Les colonnes « {first} » et « {second} » portent toutes deux sur {year} ; seule la première est utilisée.',
    'import.sameColumn':
      'Les colonnes « {first} » et « {second} » donnent toutes deux la donnée {column} ; seule la première, « {first} », est utilisée.',
    'import.column.stateCode': 'code de l’État',
    'import.column.indicatorName': 'nom de l’indicateur',
    'import.unusedColumns': {
      one: 'La colonne {names} n’est pas utilisée : seules les colonnes state, indicator, as_of, value et source sont lues.',
      other:
        'Les colonnes {names} ne sont pas utilisées : seules les colonnes state, indicator, as_of, value et source sont lues.',
    },
    'import.unusedColumnsOrYears': {
      one: 'La colonne {names} n’est pas utilisée : seules les colonnes state, indicator, as_of, value et source sont lues, ou une colonne par année.',
      other:
        'Les colonnes {names} ne sont pas utilisées : seules les colonnes state, indicator, as_of, value et source sont lues, ou une colonne par année.',
    },
    'import.missingColumns': {
      one: 'Le fichier n’a pas de colonne {missing}. Sa première ligne doit nommer les colonnes state, indicator, as_of et value (source est facultative), ou state, indicator et une colonne par année (par exemple 2023) ; elle nomme {found}.',
      other:
        'Le fichier n’a pas de colonnes {missing}. Sa première ligne doit nommer les colonnes state, indicator, as_of et value (source est facultative), ou state, indicator et une colonne par année (par exemple 2023) ; elle nomme {found}.',
    },
    'import.noColumnNamed': 'aucune colonne',
    'import.quoted': '« {name} »',
    'import.listMore': '{first}, {then}',
    'import.or': '{first} ou {then}',
    'import.noState': 'Aucun État Membre n’est indiqué.',
    'import.aggregate':
      '« {name} » est un agrégat régional ou par niveau de revenu, et non un État Membre : excluez sa ligne de l’importation.',
    'import.nonMember':
      '« {name} » n’est pas un État Membre de l’ONU (il s’agit d’un territoire ou d’un État non membre) : excluez sa ligne de l’importation.',
    'import.ambiguous':
      '« {name} » peut désigner {names} : indiquez plutôt son code ISO ({codes}).',
    'import.unknownState': '« {name} » n’est pas un État Membre de l’ONU.',
    'import.nearMiss':
      '« {name} » n’est pas le nom d’un État Membre de l’ONU. S’agit-il de {suggested} ({iso3}) ? Confirmez la suggestion ou corrigez le fichier.',
    'import.noIndicator': 'Aucun indicateur n’est indiqué.',
    'import.unknownIndicator':
      '« {name} » n’est pas un indicateur défini : définissez-le d’abord sous « Définitions des indicateurs » (sa clé, son libellé ou son code externe sont reconnus), ou corrigez le fichier. {known}',
    'import.definedIndicators': 'Les indicateurs définis sont : {keys}.',
    'import.definedIndicatorsMore': 'Les indicateurs définis sont : {keys}, etc.',
    'import.noIndicatorDefined': 'Aucun indicateur n’est encore défini.',
    'import.noDate': 'La date (as_of) manque.',
    'import.notRealDate': '« {text} » n’est pas une date réelle du calendrier.',
    'import.notDate':
      '« {text} » n’est pas une date. Écrivez-la au format AAAA-MM-JJ (par exemple 2025-03-31) ou sous forme d’année (2025).',
    'import.futureDate':
      'La date {date} est dans le futur (nous sommes le {today}) : seules des valeurs déjà connues peuvent être importées.',
    'import.noValue': 'La valeur manque.',
    'import.ambiguousNumber':
      '« {text} » est ambigu : il peut s’agir de {joined} ou de {decimal}. Écrivez-le sans séparateur de milliers ({joined}) ou avec un point pour les décimales ({decimal}).',
    'import.notNumber':
      '« {text} » n’est pas un nombre. Écrivez des chiffres, avec un point ou une virgule pour les décimales (par exemple 12.5 ou 12,5), sans unité, signe de pourcentage ni séparateur de milliers.',
    'import.outsideRange':
      'La valeur {value} est en dehors de la plage de {label} ({min} à {max}).',
    'import.belowMinimum': 'La valeur {value} est inférieure au minimum de {label} ({min}).',
    'import.aboveMaximum': 'La valeur {value} est supérieure au maximum de {label} ({max}).',
    'import.duplicate':
      '{state}, {indicator}, {asOf} figure déjà à la ligne {first} : un État a une seule valeur par indicateur et par date.',
    'import.replaces':
      '{state} a déjà la valeur {old} pour {indicator} au {asOf} ; elle sera remplacée par {value}.',
  },
  es: {
    'import.unclosedQuote':
      'Un valor entre comillas abierto en la línea {line} no se cierra nunca, por lo que no se ha podido leer el archivo más allá. Compruebe las comillas (") de esa línea.',
    'import.notWorkbook':
      'Este archivo no se ha podido leer como libro de Excel (.xlsx). Ábralo en una hoja de cálculo y guárdelo como .xlsx o CSV; luego vuelva a intentarlo.',
    'import.noSheet': 'El libro no tiene una primera hoja legible ({sheet}). {notWorkbook}',
    'import.oldExcel':
      '{file} es un libro de Excel antiguo (.xls). Ábralo en una hoja de cálculo y guárdelo como .xlsx o CSV; luego vuelva a intentarlo.',
    'import.empty': 'El archivo está vacío: no hay nada que importar.',
    'import.headerOnly':
      'El archivo tiene una línea de encabezado pero ninguna fila de datos: no hay nada que importar.',
    'import.noRows': 'El archivo no tiene filas de datos: no hay nada que importar.',
    'import.headerSkipped': {
      one: 'El encabezado está en la línea {line}: la línea anterior ({skipped}) no contiene datos y se ha omitido.',
      other:
        'El encabezado está en la línea {line}: las {count} líneas anteriores ({skipped}) no contienen datos y se han omitido.',
    },
    'import.sameYear':
      'Las columnas «{first}» y «{second}» corresponden ambas a {year}; se utiliza la primera.',
    'import.sameColumn':
      'Las columnas «{first}» y «{second}» indican ambas el dato {column}; se utiliza la primera, «{first}».',
    'import.column.stateCode': 'código del Estado',
    'import.column.indicatorName': 'nombre del indicador',
    'import.unusedColumns': {
      one: 'La columna {names} no se utiliza: solo se leen state, indicator, as_of, value y source.',
      other:
        'Las columnas {names} no se utilizan: solo se leen state, indicator, as_of, value y source.',
    },
    'import.unusedColumnsOrYears': {
      one: 'La columna {names} no se utiliza: solo se leen state, indicator, as_of, value y source, o una columna por año.',
      other:
        'Las columnas {names} no se utilizan: solo se leen state, indicator, as_of, value y source, o una columna por año.',
    },
    'import.missingColumns': {
      one: 'El archivo no tiene la columna {missing}. Su primera línea debe nombrar las columnas state, indicator, as_of y value (source es opcional), o state, indicator y una columna por año (por ejemplo, 2023); nombra {found}.',
      other:
        'El archivo no tiene las columnas {missing}. Su primera línea debe nombrar las columnas state, indicator, as_of y value (source es opcional), o state, indicator y una columna por año (por ejemplo, 2023); nombra {found}.',
    },
    'import.noColumnNamed': 'ninguna',
    'import.quoted': '«{name}»',
    'import.listMore': '{first}, {then}',
    'import.or': '{first} o {then}',
    'import.noState': 'No se indica ningún Estado Miembro.',
    'import.aggregate':
      '«{name}» es un agregado regional o por nivel de ingresos, no un Estado Miembro: excluya su línea de la importación.',
    'import.nonMember':
      '«{name}» no es un Estado Miembro de las Naciones Unidas (es un territorio o un Estado no miembro): excluya su línea de la importación.',
    'import.ambiguous':
      '«{name}» puede referirse a {names}: indique en su lugar su código ISO ({codes}).',
    'import.unknownState': '«{name}» no es un Estado Miembro de las Naciones Unidas.',
    'import.nearMiss':
      '«{name}» no es el nombre de un Estado Miembro de las Naciones Unidas. ¿Se refiere a {suggested} ({iso3})? Confirme la sugerencia o corrija el archivo.',
    'import.noIndicator': 'No se indica ningún indicador.',
    'import.unknownIndicator':
      '«{name}» no es un indicador definido: defínalo primero en «Definiciones de indicadores» (se reconocen su clave, su etiqueta o su código externo) o corrija el archivo. {known}',
    'import.definedIndicators': 'Los indicadores definidos son: {keys}.',
    'import.definedIndicatorsMore': 'Los indicadores definidos son: {keys}, etc.',
    'import.noIndicatorDefined': 'Todavía no se ha definido ningún indicador.',
    'import.noDate': 'Falta la fecha (as_of).',
    'import.notRealDate': '«{text}» no es una fecha real del calendario.',
    'import.notDate':
      '«{text}» no es una fecha. Escríbala con el formato AAAA-MM-DD (por ejemplo, 2025-03-31) o como año (2025).',
    'import.futureDate':
      'La fecha {date} es posterior a la de hoy ({today}): solo se pueden importar valores ya conocidos.',
    'import.noValue': 'Falta el valor.',
    'import.ambiguousNumber':
      '«{text}» es ambiguo: puede ser {joined} o {decimal}. Escríbalo sin separador de miles ({joined}) o con un punto para los decimales ({decimal}).',
    'import.notNumber':
      '«{text}» no es un número. Escriba cifras con punto o coma para los decimales (por ejemplo, 12.5 o 12,5), sin unidades, signos de porcentaje ni separadores de miles.',
    'import.outsideRange':
      'El valor {value} está fuera del intervalo de {label} (de {min} a {max}).',
    'import.belowMinimum': 'El valor {value} es inferior al mínimo de {label} ({min}).',
    'import.aboveMaximum': 'El valor {value} es superior al máximo de {label} ({max}).',
    'import.duplicate':
      '{state}, {indicator}, {asOf} ya figura en la línea {first}: un Estado tiene un solo valor por indicador y fecha.',
    'import.replaces':
      '{state} ya tiene el valor {old} para {indicator} al {asOf}; se sustituirá por {value}.',
  },
  ru: {
    'import.unclosedQuote':
      'Значение в кавычках, открытое в строке {line}, не закрыто, поэтому файл не удалось прочитать дальше. Проверьте кавычки (") в этой строке.',
    'import.notWorkbook':
      'Этот файл не удалось прочитать как книгу Excel (.xlsx). Откройте его в программе электронных таблиц, сохраните в формате .xlsx или CSV и повторите попытку.',
    'import.noSheet': 'В книге нет читаемого первого листа ({sheet}). {notWorkbook}',
    'import.oldExcel':
      '{file} — книга Excel старого формата (.xls). Откройте её в программе электронных таблиц, сохраните в формате .xlsx или CSV и повторите попытку.',
    'import.empty': 'Файл пуст: импортировать нечего.',
    'import.headerOnly':
      'В файле есть строка заголовка, но нет строк данных: импортировать нечего.',
    'import.noRows': 'В файле нет строк данных: импортировать нечего.',
    'import.headerSkipped': {
      one: 'Заголовок находится в строке {line}: предшествующая ему {count} строка ({skipped}) не содержит данных и пропущена.',
      few: 'Заголовок находится в строке {line}: предшествующие ему {count} строки ({skipped}) не содержат данных и пропущены.',
      many: 'Заголовок находится в строке {line}: предшествующие ему {count} строк ({skipped}) не содержат данных и пропущены.',
      other:
        'Заголовок находится в строке {line}: предшествующие ему строки ({count}: {skipped}) не содержат данных и пропущены.',
    },
    'import.sameYear':
      'Столбцы «{first}» и «{second}» относятся к одному году ({year}); используется первый.',
    'import.sameColumn':
      'Столбцы «{first}» и «{second}» содержат одно и то же поле ({column}); используется первый — «{first}».',
    'import.column.stateCode': 'код государства',
    'import.column.indicatorName': 'название показателя',
    'import.unusedColumns': {
      one: 'Столбец {names} не используется: читаются только state, indicator, as_of, value и source.',
      few: 'Столбцы {names} не используются: читаются только state, indicator, as_of, value и source.',
      many: 'Столбцы {names} не используются: читаются только state, indicator, as_of, value и source.',
      other:
        'Столбцы {names} не используются: читаются только state, indicator, as_of, value и source.',
    },
    'import.unusedColumnsOrYears': {
      one: 'Столбец {names} не используется: читаются только state, indicator, as_of, value и source или по одному столбцу на год.',
      few: 'Столбцы {names} не используются: читаются только state, indicator, as_of, value и source или по одному столбцу на год.',
      many: 'Столбцы {names} не используются: читаются только state, indicator, as_of, value и source или по одному столбцу на год.',
      other:
        'Столбцы {names} не используются: читаются только state, indicator, as_of, value и source или по одному столбцу на год.',
    },
    'import.missingColumns': {
      one: 'В файле нет столбца {missing}. В первой строке должны быть названы столбцы state, indicator, as_of и value (source — необязательно) или state, indicator и по одному столбцу на год (например, 2023); в ней названы: {found}.',
      few: 'В файле нет столбцов {missing}. В первой строке должны быть названы столбцы state, indicator, as_of и value (source — необязательно) или state, indicator и по одному столбцу на год (например, 2023); в ней названы: {found}.',
      many: 'В файле нет столбцов {missing}. В первой строке должны быть названы столбцы state, indicator, as_of и value (source — необязательно) или state, indicator и по одному столбцу на год (например, 2023); в ней названы: {found}.',
      other:
        'В файле нет столбцов {missing}. В первой строке должны быть названы столбцы state, indicator, as_of и value (source — необязательно) или state, indicator и по одному столбцу на год (например, 2023); в ней названы: {found}.',
    },
    'import.noColumnNamed': 'ни одного',
    'import.quoted': '«{name}»',
    'import.listMore': '{first}, {then}',
    'import.or': '{first} или {then}',
    'import.noState': 'Государство-член не указано.',
    'import.aggregate':
      '«{name}» — региональный агрегат или группа по уровню дохода, а не государство-член: исключите эту строку из импорта.',
    'import.nonMember':
      '«{name}» не является государством — членом ООН (это территория или государство, не являющееся членом): исключите эту строку из импорта.',
    'import.ambiguous': '«{name}» может означать {names}: укажите вместо этого код ISO ({codes}).',
    'import.unknownState': '«{name}» не является государством — членом ООН.',
    'import.nearMiss':
      '«{name}» не является названием государства — члена ООН. Возможно, имеется в виду {suggested} ({iso3})? Подтвердите предложение или исправьте файл.',
    'import.noIndicator': 'Показатель не указан.',
    'import.unknownIndicator':
      '«{name}» не является определённым показателем: сначала определите его в разделе «Определения показателей» (распознаются его ключ, название или внешний код) или исправьте файл. {known}',
    'import.definedIndicators': 'Определённые показатели: {keys}.',
    'import.definedIndicatorsMore': 'Определённые показатели: {keys} и др.',
    'import.noIndicatorDefined': 'Ни один показатель ещё не определён.',
    'import.noDate': 'Не указана дата (as_of).',
    'import.notRealDate': '«{text}» не является существующей календарной датой.',
    'import.notDate':
      '«{text}» не является датой. Укажите её в формате ГГГГ-ММ-ДД (например, 2025-03-31) или в виде года (2025).',
    'import.futureDate':
      'Дата {date} ещё не наступила (сегодня {today}): импортировать можно только уже известные значения.',
    'import.noValue': 'Не указано значение.',
    'import.ambiguousNumber':
      '«{text}» неоднозначно: это может быть {joined} или {decimal}. Запишите число без разделителя тысяч ({joined}) или с точкой для десятичных знаков ({decimal}).',
    'import.notNumber':
      '«{text}» не является числом. Запишите цифры с точкой или запятой для десятичных знаков (например, 12.5 или 12,5), без единиц измерения, знаков процента и разделителей тысяч.',
    'import.outsideRange':
      'Значение {value} выходит за пределы диапазона показателя {label} (от {min} до {max}).',
    'import.belowMinimum': 'Значение {value} меньше минимума показателя {label} ({min}).',
    'import.aboveMaximum': 'Значение {value} больше максимума показателя {label} ({max}).',
    'import.duplicate':
      '{state}, {indicator}, {asOf} уже указано в строке {first}: у государства одно значение на показатель и дату.',
    'import.replaces':
      'У государства {state} уже есть значение {old} показателя {indicator} на {asOf}; оно будет заменено на {value}.',
  },
  zh: {
    'import.unclosedQuote':
      '第 {line} 行开始的带引号的值没有结束引号，因此无法读取此后的文件内容。请检查该行的引号（"）。',
    'import.notWorkbook':
      '无法将此文件作为 Excel 工作簿（.xlsx）读取。请在电子表格程序中打开该文件，另存为 .xlsx 或 CSV 格式，然后重试。',
    'import.noSheet': '该工作簿没有可读取的第一个工作表（{sheet}）。{notWorkbook}',
    'import.oldExcel':
      '{file} 是旧版 Excel 工作簿（.xls）。请在电子表格程序中打开该文件，另存为 .xlsx 或 CSV 格式，然后重试。',
    'import.empty': '文件为空：没有可导入的内容。',
    'import.headerOnly': '文件有标题行但没有数据行：没有可导入的内容。',
    'import.noRows': '文件没有数据行：没有可导入的内容。',
    'import.headerSkipped': {
      other: '标题位于第 {line} 行：其前面的 {count} 行（{skipped}）不是数据，已跳过。',
    },
    'import.sameYear': '列“{first}”和“{second}”都对应 {year} 年；使用第一列。',
    'import.sameColumn': '列“{first}”和“{second}”都提供{column}；使用第一列“{first}”。',
    'import.column.stateCode': '国家代码',
    'import.column.indicatorName': '指标名称',
    'import.unusedColumns': {
      other: '列 {names} 未被使用：只读取 state、indicator、as_of、value 和 source 列。',
    },
    'import.unusedColumnsOrYears': {
      other:
        '列 {names} 未被使用：只读取 state、indicator、as_of、value 和 source 列，或每年一列。',
    },
    'import.missingColumns': {
      other:
        '文件没有 {missing} 列。其第一行必须列出 state、indicator、as_of 和 value 列（source 为可选），或 state、indicator 和每年一列（例如 2023）；该行列出的是：{found}。',
    },
    'import.noColumnNamed': '无',
    'import.quoted': '“{name}”',
    'import.listMore': '{first}、{then}',
    'import.or': '{first}或{then}',
    'import.noState': '未提供会员国。',
    'import.aggregate': '“{name}”是区域或收入组别汇总，不是会员国：请将其所在行排除在导入之外。',
    'import.nonMember':
      '“{name}”不是联合国会员国（而是领土或非会员国）：请将其所在行排除在导入之外。',
    'import.ambiguous': '“{name}”可能指{names}：请改写其 ISO 代码（{codes}）。',
    'import.unknownState': '“{name}”不是联合国会员国。',
    'import.nearMiss':
      '“{name}”不是联合国会员国的名称。您是否指 {suggested}（{iso3}）？请确认建议，或更正文件。',
    'import.noIndicator': '未提供指标。',
    'import.unknownIndicator':
      '“{name}”不是已定义的指标：请先在“指标定义”下定义该指标（可匹配其键、标签或外部代码），或更正文件。{known}',
    'import.definedIndicators': '已定义的指标为：{keys}。',
    'import.definedIndicatorsMore': '已定义的指标为：{keys}等。',
    'import.noIndicatorDefined': '尚未定义任何指标。',
    'import.noDate': '缺少日期（as_of）。',
    'import.notRealDate': '“{text}”不是真实存在的日历日期。',
    'import.notDate': '“{text}”不是日期。请写成 YYYY-MM-DD（例如 2025-03-31）或年份（2025）。',
    'import.futureDate': '日期 {date} 晚于今天（{today}）：只能导入已知的值。',
    'import.noValue': '缺少值。',
    'import.ambiguousNumber':
      '“{text}”有歧义：可能是 {joined} 或 {decimal}。请不使用千位分隔符（{joined}），或用小数点表示小数（{decimal}）。',
    'import.notNumber':
      '“{text}”不是数字。请写数字，以“.”或“,”表示小数（例如 12.5 或 12,5），不带单位、百分号或千位分隔符。',
    'import.outsideRange': '值 {value} 超出 {label} 的范围（{min} 至 {max}）。',
    'import.belowMinimum': '值 {value} 低于 {label} 的最小值（{min}）。',
    'import.aboveMaximum': '值 {value} 高于 {label} 的最大值（{max}）。',
    'import.duplicate':
      '{state}、{indicator}、{asOf} 已在第 {first} 行：每个国家每项指标每个日期只有一个值。',
    'import.replaces': '{state} 的 {indicator} 截至 {asOf} 已有值 {old}；将由 {value} 替换。',
  },
  ar: {
    'import.unclosedQuote':
      'قيمة بين علامتي اقتباس فُتحت في السطر {line} ولم تُغلق قط، ولذلك تعذّرت قراءة الملف بعدها. تحقق من علامات الاقتباس (") في ذلك السطر.',
    'import.notWorkbook':
      'تعذّرت قراءة هذا الملف بوصفه مصنف Excel (‎.xlsx). افتحه في برنامج جداول بيانات واحفظه بصيغة ‎.xlsx أو CSV، ثم أعد المحاولة.',
    'import.noSheet': 'لا توجد في المصنف ورقة عمل أولى يمكن قراءتها ({sheet}). {notWorkbook}',
    'import.oldExcel':
      '{file} مصنف Excel قديم (‎.xls). افتحه في برنامج جداول بيانات واحفظه بصيغة ‎.xlsx أو CSV، ثم أعد المحاولة.',
    'import.empty': 'الملف فارغ: لا يوجد ما يُستورد.',
    'import.headerOnly': 'في الملف سطر عناوين ولكن لا توجد فيه صفوف بيانات: لا يوجد ما يُستورد.',
    'import.noRows': 'لا توجد في الملف صفوف بيانات: لا يوجد ما يُستورد.',
    'import.headerSkipped': {
      other:
        'سطر العناوين هو السطر {line}: الأسطر السابقة له (عددها {count}: {skipped}) ليست بيانات وقد تُخطّيت.',
    },
    'import.sameYear': 'العمودان «{first}» و«{second}» يخصان كلاهما سنة {year}؛ يُستخدم الأول.',
    'import.sameColumn':
      'العمودان «{first}» و«{second}» يقدمان كلاهما {column}؛ يُستخدم الأول، «{first}».',
    'import.column.stateCode': 'رمز الدولة',
    'import.column.indicatorName': 'اسم المؤشر',
    'import.unusedColumns': {
      other:
        'الأعمدة التالية غير مستخدمة: {names}. لا تُقرأ إلا الأعمدة state وindicator وas_of وvalue وsource.',
    },
    'import.unusedColumnsOrYears': {
      other:
        'الأعمدة التالية غير مستخدمة: {names}. لا تُقرأ إلا الأعمدة state وindicator وas_of وvalue وsource، أو عمود لكل سنة.',
    },
    'import.missingColumns': {
      other:
        'لا يتضمن الملف الأعمدة التالية: {missing}. يجب أن يسمّي سطره الأول الأعمدة state وindicator وas_of وvalue (العمود source اختياري)، أو state وindicator وعمودًا لكل سنة (مثل 2023)؛ وهو يسمّي: {found}.',
    },
    'import.noColumnNamed': 'لا شيء',
    'import.quoted': '«{name}»',
    'import.listMore': '{first}، {then}',
    'import.or': '{first} أو {then}',
    'import.noState': 'لم تُذكر أي دولة عضو.',
    'import.aggregate':
      '«{name}» مجموعة إقليمية أو مجموعة حسب الدخل، وليست دولة عضوًا: استبعد سطرها من الاستيراد.',
    'import.nonMember':
      '«{name}» ليست دولة عضوًا في الأمم المتحدة (بل إقليم أو دولة غير عضو): استبعد سطرها من الاستيراد.',
    'import.ambiguous': '«{name}» قد تعني {names}: اكتب بدلًا من ذلك رمز ISO الخاص بها ({codes}).',
    'import.unknownState': '«{name}» ليست دولة عضوًا في الأمم المتحدة.',
    'import.nearMiss':
      '«{name}» ليس اسم دولة عضو في الأمم المتحدة. هل تقصد {suggested} ({iso3})؟ أكّد الاقتراح أو صحّح الملف.',
    'import.noIndicator': 'لم يُذكر أي مؤشر.',
    'import.unknownIndicator':
      '«{name}» ليس مؤشرًا معرَّفًا: عرِّفه أولًا في «تعاريف المؤشرات» (يُطابَق مفتاحه أو تسميته أو رمزه الخارجي)، أو صحّح الملف. {known}',
    'import.definedIndicators': 'المؤشرات المعرَّفة هي: {keys}.',
    'import.definedIndicatorsMore': 'المؤشرات المعرَّفة هي: {keys}، وغيرها.',
    'import.noIndicatorDefined': 'لم يُعرَّف أي مؤشر بعد.',
    'import.noDate': 'التاريخ (as_of) مفقود.',
    'import.notRealDate': '«{text}» ليس تاريخًا تقويميًا صحيحًا.',
    'import.notDate':
      '«{text}» ليس تاريخًا. اكتبه بالصيغة YYYY-MM-DD (مثل 2025-03-31) أو كسنة (2025).',
    'import.futureDate':
      'التاريخ {date} يقع في المستقبل (تاريخ اليوم {today}): لا يمكن استيراد إلا القيم المعروفة بالفعل.',
    'import.noValue': 'القيمة مفقودة.',
    'import.ambiguousNumber':
      '«{text}» ملتبس: قد يكون {joined} أو {decimal}. اكتبه دون فاصل للآلاف ({joined})، أو بنقطة للكسور العشرية ({decimal}).',
    'import.notNumber':
      '«{text}» ليس رقمًا. اكتب أرقامًا مع «.» أو «,» للكسور العشرية (مثل 12.5 أو 12,5)، دون وحدات أو علامات نسبة مئوية أو فواصل للآلاف.',
    'import.outsideRange': 'القيمة {value} خارج نطاق {label} (من {min} إلى {max}).',
    'import.belowMinimum': 'القيمة {value} أقل من الحد الأدنى لـ {label} ({min}).',
    'import.aboveMaximum': 'القيمة {value} أعلى من الحد الأقصى لـ {label} ({max}).',
    'import.duplicate':
      '{state}، {indicator}، {asOf} موجود بالفعل في السطر {first}: للدولة قيمة واحدة لكل مؤشر وتاريخ.',
    'import.replaces':
      'لدى {state} بالفعل القيمة {old} للمؤشر {indicator} في {asOf}؛ وستُستبدل بها القيمة {value}.',
  },
});
