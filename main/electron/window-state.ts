// The main window reopens where it was closed, with its size, unless that place is no longer on
// any screen (a monitor unplugged, a smaller resolution): then it is pulled back onto one. Pure:
// main.ts reads the displays and the JSON file in userData.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const WINDOW_STATE_FILE_NAME = 'window-state.json';
export const DEFAULT_SIZE = { width: 1400, height: 900 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Reads the JSON file's text; anything unreadable, malformed or sizeless gives null. */
export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  const { bounds, maximized } = value as { bounds?: unknown; maximized?: unknown };
  if (bounds === null || typeof bounds !== 'object') return null;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (![x, y, width, height].every(isFiniteNumber)) return null;
  if ((width as number) <= 0 || (height as number) <= 0) return null;
  return {
    bounds: {
      x: Math.round(x as number),
      y: Math.round(y as number),
      width: Math.round(width as number),
      height: Math.round(height as number),
    },
    maximized: maximized === true,
  };
}

export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/** A size that fits the work area, and is not below the minimum unless the screen is smaller. */
function fitSize(width: number, height: number, area: Rect): { width: number; height: number } {
  return {
    width: clamp(width, Math.min(MIN_SIZE.width, area.width), area.width),
    height: clamp(height, Math.min(MIN_SIZE.height, area.height), area.height),
  };
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  return {
    x: area.x + Math.round((area.width - size.width) / 2),
    y: area.y + Math.round((area.height - size.height) / 2),
    ...size,
  };
}

/**
 * Where to open the window, given the remembered state and the displays' work areas (the primary
 * first). The window goes to the display it overlapped most, entirely inside its work area; if it
 * overlapped none, or nothing is remembered, it opens centred on the primary display.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  if (!primary) {
    // No display known (should not happen): the remembered or default size, at the origin.
    const size = saved?.bounds ?? { ...DEFAULT_SIZE, x: 0, y: 0 };
    return { bounds: { ...size }, maximized: saved?.maximized ?? false };
  }
  if (!saved) {
    return {
      bounds: centred(fitSize(DEFAULT_SIZE.width, DEFAULT_SIZE.height, primary), primary),
      maximized: false,
    };
  }
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const a = overlapArea(saved.bounds, area);
    if (a > bestArea) {
      best = area;
      bestArea = a;
    }
  }
  if (!best) {
    return {
      bounds: centred(fitSize(saved.bounds.width, saved.bounds.height, primary), primary),
      maximized: saved.maximized,
    };
  }
  const size = fitSize(saved.bounds.width, saved.bounds.height, best);
  return {
    bounds: {
      x: clamp(saved.bounds.x, best.x, best.x + best.width - size.width),
      y: clamp(saved.bounds.y, best.y, best.y + best.height - size.height),
      ...size,
    },
    maximized: saved.maximized,
  };
}
