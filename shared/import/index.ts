// Import of indicator values from CSV and XLSX files: pure code shared by the renderer's preview
// and the server's import, so that both find exactly the same problems.
export {
  blockingErrors,
  checkIndicatorRows,
  createIndicatorChecker,
  describeFinding,
  sayFinding,
  sayRow,
  summariseCheck,
  valueKey,
  type CheckContext,
  type CheckedImport,
  type CheckedRow,
  type IndicatorChecker,
} from './check';
export { COLUMN_NAMES, readImportRows, type ImportRow, type ImportRows } from './columns';
export { parseCsv } from './csv';
export { decodeText, readTableFile } from './file';
export {
  createStateMatcher,
  editDistance,
  nameKey,
  type StateMatch,
  type StateMatcher,
  type StateRef,
} from './states';
export { AGGREGATES, M49_GROUPINGS, NON_MEMBERS } from './territories';
export { orList, quotedList, type Finding, type Table, type TableRow } from './table';
export { excelSerialToDate, parseAsOf, parseNumber } from './values';
export { readXlsx } from './xlsx';
