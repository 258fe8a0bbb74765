// The Field page's sections as tabs (WAI-ARIA tabs pattern): arrow keys, Home and End move between
// them, Tab goes into the chosen section's panel.
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface FieldTab<Id extends string> {
  id: Id;
  label: string;
  panel: () => ReactNode;
}

export function FieldTabs<Id extends string>({
  label,
  tabs,
  chosen,
  onChoose,
}: {
  label: string;
  tabs: FieldTab<Id>[];
  chosen: Id;
  onChoose: (id: Id) => void;
}) {
  const prefix = useId();
  const list = useRef<HTMLDivElement>(null);
  const index = Math.max(
    0,
    tabs.findIndex((tab) => tab.id === chosen),
  );
  const move = (e: KeyboardEvent) => {
    const next =
      e.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    onChoose(tabs[next]!.id);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };
  const current = tabs[index]!;
  return (
    <>
      <div ref={list} role="tablist" aria-label={label} className="field-tabs" onKeyDown={move}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`${prefix}-${tab.id}`}
            aria-selected={tab.id === current.id}
            aria-controls={`${prefix}-panel`}
            tabIndex={tab.id === current.id ? 0 : -1}
            onClick={() => onChoose(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${prefix}-panel`}
        aria-labelledby={`${prefix}-${current.id}`}
        tabIndex={0}
      >
        {current.panel()}
      </div>
    </>
  );
}
