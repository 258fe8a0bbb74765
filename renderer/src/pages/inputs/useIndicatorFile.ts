// Reads an indicator file in the browser and checks it with the same code the server runs,
// a chunk of rows at a time so that the page stays responsive and the progress bar moves.
import { useCallback, useRef, useState } from 'react';
import type { MethodInput } from '../../../../shared/api/contract';
import type { ImportFinding, ImportRowPreview } from '../../../../shared/api/types';
import {
  checkIndicatorRows,
  createIndicatorChecker,
  createStateMatcher,
  readImportRows,
  readTableFile,
  summariseCheck,
  type CheckContext,
  type CheckedImport,
  type ImportRow,
} from '../../../../shared/import';
import { call, type ApiCallError } from '../../api/client';
import { asApiCallError } from '../../data/asyncState';
import { today } from '../../format/dates';

/** Rows checked between two yields to the event loop. */
const CHUNK_ROWS = 2_000;

export type FileStage =
  | { stage: 'idle' }
  | { stage: 'reading'; fileName: string }
  | { stage: 'checking'; fileName: string; done: number; total: number }
  | { stage: 'failed'; fileName: string; error: ApiCallError }
  | { stage: 'checked'; fileName: string; checked: CheckedImport };

interface LoadedFile {
  fileName: string;
  rows: ImportRow[];
  fileFindings: ImportFinding[];
  context: CheckContext;
  exclude: Set<number>;
}

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The check context as of now: the workspace's States and indicator definitions, and today. */
async function loadContext(): Promise<CheckContext> {
  const [states, definitions] = await Promise.all([
    call('states.reference', {}),
    call('indicators.definitions', {}),
  ]);
  return { states: createStateMatcher(states), definitions, today: today() };
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
      const { rows, findings } = readImportRows(readTableFile(fileName, new Uint8Array(bytes)));
      const checker = createIndicatorChecker(context);
      const checkedRows: ImportRowPreview[] = [];
      for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
        for (const row of rows.slice(start, start + CHUNK_ROWS))
          checkedRows.push(checker.check(row));
        setStage({ stage: 'checking', fileName, done: checkedRows.length, total: rows.length });
        await yieldToBrowser();
        if (!current()) return;
      }
      loaded.current = { fileName, rows, fileFindings: findings, context, exclude: new Set() };
      setStage({ stage: 'checked', fileName, checked: summariseCheck(checkedRows, findings) });
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
    const checked = checkIndicatorRows(
      file.rows,
      { ...file.context, exclude: file.exclude },
      file.fileFindings,
    );
    setStage({ stage: 'checked', fileName: file.fileName, checked });
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
      }
    );
  }, []);

  return { stage, choose, exclude, reset, request };
}
