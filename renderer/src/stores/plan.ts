// The annual list being worked on: its year (shared by Planning, Review and Schedule) and the
// planner's working settings for it (methodology, weights, capacity, constraints), which survive
// a visit to another page. The ranking itself is recomputed from these in the renderer.
import { create } from 'zustand';
import { thisYear } from '../format/dates';
import { useWorkspace } from './workspace';
import type { MethodologyParams, PlanConstraints, Weights } from '../../../shared/domain/scoring';

export interface PlanSettings {
  methodologyId: string;
  weights: Weights;
  params: MethodologyParams;
  capacity: number;
  reserveSize: number;
  constraints: PlanConstraints;
}

interface PlanStore {
  year: number;
  /** Whether the user picked the year (otherwise it follows the workspace's today). */
  yearChosen: boolean;
  /** The working settings for `year`; null until taken from the saved list or methodology. */
  settings: PlanSettings | null;
  setYear(year: number): void;
  setSettings(settings: PlanSettings | null): void;
  updateSettings(patch: Partial<PlanSettings>): void;
}

export const usePlan = create<PlanStore>((set) => ({
  year: thisYear() + 1,
  yearChosen: false,
  settings: null,
  setYear: (year) =>
    set((s) =>
      s.year === year ? { yearChosen: true } : { year, yearChosen: true, settings: null },
    ),
  setSettings: (settings) => set({ settings }),
  updateSettings: (patch) =>
    set((s) => (s.settings ? { settings: { ...s.settings, ...patch } } : s)),
}));

// By default the list year is next year by the backend's clock, once the workspace has said it.
useWorkspace.subscribe(({ info }) => {
  if (info.status !== 'ready' || usePlan.getState().yearChosen) return;
  const year = Number(info.data.today.slice(0, 4)) + 1;
  if (usePlan.getState().year !== year) usePlan.setState({ year, settings: null });
});
