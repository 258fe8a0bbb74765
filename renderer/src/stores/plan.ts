// The annual list being worked on: its year (shared by Planning, Review and Schedule) and the
// planner's working settings for it (methodology, weights, capacity, constraints), which survive
// a visit to another page. The ranking itself is recomputed from these in the renderer.
import { create } from 'zustand';
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
  /** The working settings for `year`; null until taken from the saved list or methodology. */
  settings: PlanSettings | null;
  setYear(year: number): void;
  setSettings(settings: PlanSettings | null): void;
  updateSettings(patch: Partial<PlanSettings>): void;
}

export const usePlan = create<PlanStore>((set) => ({
  year: new Date().getFullYear() + 1,
  settings: null,
  setYear: (year) => set((s) => (s.year === year ? s : { year, settings: null })),
  setSettings: (settings) => set({ settings }),
  updateSettings: (patch) =>
    set((s) => (s.settings ? { settings: { ...s.settings, ...patch } } : s)),
}));
