import { useWorkspace } from '../stores/workspace';

/**
 * Today as YYYY-MM-DD by the backend's clock (which `--today` may set, so that deadlines and
 * defaults agree with the server), or by this computer's calendar before the workspace answers.
 */
export function today(): string {
  const info = useWorkspace.getState().info;
  if (info.status === 'ready') return info.data.today;
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const thisYear = (): number => Number(today().slice(0, 4));
