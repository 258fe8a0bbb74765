// The words a cell shows, as plain text: what the table's search matches. Cells are React nodes
// (links, tags, dates); their text is read from the elements' children, and a component that
// renders its text from props says what it shows through a static `plainText`.
import { isValidElement, type ReactNode } from 'react';

/** A component whose visible text can be told from its props without rendering it. */
export interface PlainTextComponent<P> {
  (props: P): ReactNode;
  plainText?: (props: P) => string;
}

/** Lower case without accents or other marks, so "cote" finds "Côte d'Ivoire". */
export const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The text of a node, or null where part of it is a component whose text cannot be told (the
 * caller then uses the column's sort value, which for such cells is the label shown).
 */
export function plainText(node: ReactNode): string | null {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string') return node;
  if (typeof node === 'number' || typeof node === 'bigint') return String(node);
  if (Array.isArray(node)) {
    let text = '';
    for (const child of node as ReactNode[]) {
      const part = plainText(child);
      if (part === null) return null;
      text += part;
    }
    return text;
  }
  if (!isValidElement(node)) return null;
  const props = node.props as { children?: ReactNode; 'aria-hidden'?: unknown };
  if (props['aria-hidden'] === true || props['aria-hidden'] === 'true') return '';
  const type = node.type as PlainTextComponent<unknown> | string | symbol;
  if (typeof type === 'function' && type.plainText) return type.plainText(node.props);
  // A component shows its children (a tag's words); one without any draws from its props.
  if (typeof type === 'function' && props.children === undefined) return null;
  return plainText(props.children);
}
