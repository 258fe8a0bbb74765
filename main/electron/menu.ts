// The application menu, as a template (pure: Electron's types only; main.ts builds it). File holds
// Open / New workspace, Open visit pack (a field workspace), the recent workspaces and forgetting remembered workspace keys; developer
// tools appear only in development.
import type { MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';

export interface MenuActions {
  openWorkspace(): void;
  newWorkspace(): void;
  /** Creates a field workspace from a visit pack HQ issued. */
  openVisitPack(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  /** Forgets every encrypted workspace's key remembered on this computer. */
  forgetKeys(): void;
  openHelp(): void;
}

export interface MenuOptions {
  packaged: boolean;
  platform: NodeJS.Platform;
  appName: string;
  recent: readonly string[];
  /** Whether any workspace key is remembered on this computer. */
  rememberedKeys: boolean;
  actions: MenuActions;
}

/** The menu's words, kept together (the renderer's translation table is not reachable here). */
export const MENU_TEXT = {
  file: '&File',
  open: 'Open workspace…',
  create: 'New workspace…',
  openPack: 'Open visit pack…',
  recent: 'Open recent',
  noRecent: 'No recent workspaces',
  clearRecent: 'Clear the list',
  forgetKeys: 'Forget remembered workspace keys',
  edit: '&Edit',
  view: '&View',
  window: '&Window',
  help: '&Help',
  ctc: 'Counter-Terrorism Committee website',
} as const;

function recentMenu(options: MenuOptions): MenuItemConstructorOptions[] {
  if (options.recent.length === 0) return [{ label: MENU_TEXT.noRecent, enabled: false }];
  return [
    ...options.recent.map(
      (path): MenuItemConstructorOptions => ({
        // The file name first, then where it is: two workspaces may share a name.
        label: `${basename(path)} — ${path}`,
        click: () => options.actions.openRecent(path),
      }),
    ),
    { type: 'separator' },
    { label: MENU_TEXT.clearRecent, click: () => options.actions.clearRecent() },
  ];
}

export function applicationMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const { actions } = options;
  const file: MenuItemConstructorOptions = {
    label: MENU_TEXT.file,
    submenu: [
      { label: MENU_TEXT.open, accelerator: 'CmdOrCtrl+O', click: () => actions.openWorkspace() },
      { label: MENU_TEXT.create, accelerator: 'CmdOrCtrl+N', click: () => actions.newWorkspace() },
      { label: MENU_TEXT.openPack, click: () => actions.openVisitPack() },
      { label: MENU_TEXT.recent, submenu: recentMenu(options) },
      {
        label: MENU_TEXT.forgetKeys,
        enabled: options.rememberedKeys,
        click: () => actions.forgetKeys(),
      },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: MENU_TEXT.view,
    submenu: [
      { role: 'reload' },
      ...(options.packaged
        ? []
        : ([{ role: 'forceReload' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[])),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  return [
    ...(mac ? [{ label: options.appName, role: 'appMenu' } as MenuItemConstructorOptions] : []),
    file,
    { label: MENU_TEXT.edit, role: 'editMenu' },
    view,
    { label: MENU_TEXT.window, role: 'windowMenu' },
    {
      label: MENU_TEXT.help,
      role: 'help',
      submenu: [{ label: MENU_TEXT.ctc, click: () => actions.openHelp() }],
    },
  ];
}

/** Every item of a template, submenus included (for checks). */
export function menuItems(
  template: readonly MenuItemConstructorOptions[],
): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? menuItems(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}
