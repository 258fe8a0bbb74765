import { lineList } from '../format/lists';

/** A text written by someone, shown as paragraphs (one per line written), or `empty` when blank. */
export function Paragraphs({ text, empty }: { text: string | null; empty: string }) {
  const lines = lineList(text ?? '');
  if (lines.length === 0) return <p className="muted">{empty}</p>;
  return (
    <>
      {lines.map((line, i) => (
        // Written in any language: its own direction, whatever the interface's.
        <p key={i} dir="auto">
          {line}
        </p>
      ))}
    </>
  );
}
