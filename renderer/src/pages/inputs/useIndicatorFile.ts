// Reads an indicator file in the browser and checks it with the same code the server runs,
// a chunk of rows at a time so that the page stays responsive and the progress bar moves.
import { useCallback, useRef, useState } from 'react';
import type { MethodInput } from '../../../../shared/api/contract';
import {
  checkIndicatorRows,
  createIndicatorChecker,
  createStateMatcher,
  readImportRows,
  readTableFile,
  summariseCheck,
  type CheckContext,
  type CheckedImport,
  type CheckedRow,
  type Finding,
  type ImportRow,
} from '../../../../shared/import';
import { call, type ApiCallError } from '../../api/client';
import { asApiCallError } from '../../data/asyncState';
import { today } from '../../format/dates';
import { useLanguage } from '../../i18n';

/** Rows checked between two yields to the event loop. */
const CHUNK_ROWS = 2_000;

export type FileStage =
  | { stage: 'idle' }
  | { stage: 'reading'; fileName: string }
  | { stage: 'checking'; fileName: string; done: number; total: number }
  | { stage: 'failed'; fileName: string; error: ApiCallError }
  | { stage: 'checked'; fileName: string; checked: CheckedImport; layout: FileLayout };

/** How the file holds its values: a wide file's years, and its empty cells (missing values). */
export interface FileLayout {
  years: { from: number; to: number } | null;
  missing: number;
  /** Data lines of the file, whether or not they hold a value. */
  lines: number;
}

interface LoadedFile {
  fileName: string;
  rows: ImportRow[];
  fileFindings: Finding[];
  context: CheckContext;
  exclude: Set<number>;
  /** Suggestions the user confirmed: a State name as written → the suggested ISO3 code. */
  confirmed: Map<string, string>;
  layout: FileLayout;
}

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The check context as of now: the workspace's States and indicator definitions, and today. */
async function loadContext(): Promise<CheckContext> {
  const [states, definitions] = await Promise.all([
    call('states.reference', {}),
    call('indicators.definitions', {}),
  ]);
  return {
    states: createStateMatcher(states, useLanguage.getState().language),
    definitions,
    today: today(),
  };
}

/** The loaded file checked again, with the lines excluded and the suggestions confirmed so far. */
function checkAgain(file: LoadedFile): FileStage {
  const checked = checkIndicatorRows(
    file.rows,
    { ...file.context, exclude: file.exclude, confirmed: file.confirmed },
    file.fileFindings,
  );
  return { stage: 'checked', fileName: file.fileName, checked, layout: file.layout };
}

export function useIndicatorFile() {
  const [stage, setStage] = useState<FileStage>({ stage: 'idle' });
  const loaded = useRef<LoadedFile | null>(null);
  /** Each file chosen starts a new run; an older run still checking stops. */
  const run = useRef(0);

  const choose = useCallback(async (file: File) => {
    const mine = ++run.current;
    const fileName = file.name;
    const current = () => run.current === mine;
    loaded.current = null;
    setStage({ stage: 'reading', fileName });
    try {
      const [context, bytes] = await Promise.all([loadContext(), file.arrayBuffer()]);
      await yieldToBrowser();
      if (!current()) return;
      const { rows, findings, years, missing, lines } = readImportRows(
        readTableFile(fileName, new Uint8Array(bytes)),
      );
      const layout = { years, missing, lines };
      const checker = createIndicatorChecker(context);
      const checkedRows: CheckedRow[] = [];
      for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
        for (const row of rows.slice(start, start + CHUNK_ROWS))
          checkedRows.push(checker.check(row));
        setStage({ stage: 'checking', fileName, done: checkedRows.length, total: rows.length });
        await yieldToBrowser();
        if (!current()) return;
      }
      loaded.current = {
        fileName,
        rows,
        fileFindings: findings,
        context,
        exclude: new Set(),
        confirmed: new Map(),
        layout,
      };
      setStage({
        stage: 'checked',
        fileName,
        checked: summariseCheck(checkedRows, findings),
        layout,
      });
    } catch (e) {
      if (current()) setStage({ stage: 'failed', fileName, error: asApiCallError(e) });
    }
  }, []);

  /** Leaves lines out of the import (or puts them back), and checks the file again. */
  const exclude = useCallback((lines: number[], excluded: boolean) => {
    const file = loaded.current;
    if (!file) return;
    for (const line of lines) {
      if (excluded) file.exclude.add(line);
      else file.exclude.delete(line);
    }
    setStage(checkAgain(file));
  }, []);

  /** Reads a name as the State suggested for it (the user confirmed it), or no longer (null). */
  const confirm = useCallback((written: string, iso3: string | null) => {
    const file = loaded.current;
    if (!file) return;
    if (iso3) file.confirmed.set(written, iso3);
    else file.confirmed.delete(written);
    setStage(checkAgain(file));
  }, []);

  const reset = useCallback(() => {
    run.current++;
    loaded.current = null;
    setStage({ stage: 'idle' });
  }, []);

  /** What to send to indicators.import for the file as it stands. */
  const request = useCallback((): MethodInput<'indicators.import'> | null => {
    const file = loaded.current;
    return (
      file && {
        fileName: file.fileName,
        rows: file.rows,
        exclude: [...file.exclude].sort((a, b) => a - b),
        confirmed: [...file.confirmed].map(([written, iso3]) => ({ written, iso3 })),
      }
    );
  }, []);

  return { stage, choose, exclude, confirm, reset, request };
}
