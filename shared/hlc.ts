// Hybrid logical clock (DESIGN §6): timestamps that sort as text, never move backwards and
// order events across sites. Format: 2026-11-29T12:00:00.000Z-0000-<site id>.

export const MAX_DRIFT_MS = 5 * 60_000;
const MAX_COUNTER = 0xffff;

export interface HlcState {
  millis: number;
  counter: number;
}

export class ClockDriftError extends Error {}

/** The last instant spelled, kept because a burst of changes shares one millisecond. */
let spelled = { millis: NaN, iso: '' };

export function formatHlc(state: HlcState, siteId: string): string {
  if (state.millis !== spelled.millis)
    spelled = { millis: state.millis, iso: new Date(state.millis).toISOString() };
  return `${spelled.iso}-${state.counter.toString(16).padStart(4, '0')}-${siteId}`;
}

export function parseHlc(text: string): HlcState & { siteId: string } {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-z]+)$/.exec(text);
  if (!m) throw new Error(`Not a clock timestamp: ${text}`);
  return { millis: Date.parse(m[1]!), counter: parseInt(m[2]!, 16), siteId: m[3]! };
}

export class HybridLogicalClock {
  private state: HlcState;

  constructor(
    readonly siteId: string,
    private readonly now: () => number,
    last?: string | null,
  ) {
    this.state = last ? parseHlc(last) : { millis: 0, counter: 0 };
  }

  /** A new timestamp for a local event. */
  tick(): string {
    const wall = this.now();
    if (wall > this.state.millis) {
      this.state = { millis: wall, counter: 0 };
    } else {
      this.bumpCounter();
    }
    return formatHlc(this.state, this.siteId);
  }

  /** Merges a timestamp received from another site; refuses a remote clock far ahead of ours. */
  receive(remote: string): void {
    const r = parseHlc(remote);
    const wall = this.now();
    if (r.millis - wall > MAX_DRIFT_MS) {
      throw new ClockDriftError(
        `The other site's clock is ahead of this one by more than ${MAX_DRIFT_MS / 60_000} minutes.`,
      );
    }
    const millis = Math.max(wall, this.state.millis, r.millis);
    let counter = 0;
    if (millis === this.state.millis && millis === r.millis)
      counter = Math.max(this.state.counter, r.counter) + 1;
    else if (millis === this.state.millis) counter = this.state.counter + 1;
    else if (millis === r.millis) counter = r.counter + 1;
    if (counter > MAX_COUNTER) throw new ClockDriftError('Too many changes in one millisecond.');
    this.state = { millis, counter };
  }

  current(): string {
    return formatHlc(this.state, this.siteId);
  }

  private bumpCounter(): void {
    if (this.state.counter >= MAX_COUNTER) {
      this.state = { millis: this.state.millis + 1, counter: 0 };
    } else {
      this.state = { millis: this.state.millis, counter: this.state.counter + 1 };
    }
  }
}
