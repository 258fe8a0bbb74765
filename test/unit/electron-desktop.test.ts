// The pure parts of the desktop shell's conveniences: the recent-workspaces list, the window's
// remembered place, and the application menu (main/electron applies them to Electron).
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate, menuItems, type MenuActions } from '../../main/electron/menu';
import {
  addRecent,
  MAX_RECENT,
  parseRecent,
  removeRecent,
  samePath,
  serializeRecent,
} from '../../main/electron/recent';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  parseWindowState,
  placeWindow,
  serializeWindowState,
  type Rect,
  type WindowState,
} from '../../main/electron/window-state';

const linux = { platform: 'linux' as const };
const windows = { platform: 'win32' as const };
const mac = { platform: 'darwin' as const };

describe('recent workspaces', () => {
  it('puts the file just opened first', () => {
    let list: string[] = [];
    list = addRecent(list, '/data/a.sqlite', linux);
    list = addRecent(list, '/data/b.sqlite', linux);
    expect(list).toEqual(['/data/b.sqlite', '/data/a.sqlite']);
  });

  it('lists a file once, moving it to the front when opened again', () => {
    const list = addRecent(
      ['/data/b.sqlite', '/data/a.sqlite', '/data/c.sqlite'],
      '/data/a.sqlite',
      linux,
    );
    expect(list).toEqual(['/data/a.sqlite', '/data/b.sqlite', '/data/c.sqlite']);
  });

  it('recognises the same file written differently', () => {
    expect(addRecent(['/data/a.sqlite'], '/data/./x/../a.sqlite', linux)).toEqual([
      '/data/a.sqlite',
    ]);
    // Case matters on Linux, not on Windows or macOS.
    expect(addRecent(['/data/A.sqlite'], '/data/a.sqlite', linux)).toHaveLength(2);
    expect(addRecent(['C:\\Data\\A.sqlite'], 'c:/data/a.sqlite', windows)).toEqual([
      'c:\\data\\a.sqlite',
    ]);
    expect(addRecent(['/Users/x/A.sqlite'], '/Users/x/a.sqlite', mac)).toEqual([
      '/Users/x/a.sqlite',
    ]);
    expect(samePath('C:\\Data\\A.sqlite', 'c:\\data\\a.sqlite', 'win32')).toBe(true);
    expect(samePath('/data/A.sqlite', '/data/a.sqlite', 'linux')).toBe(false);
  });

  it(`keeps the ${MAX_RECENT} most recent`, () => {
    let list: string[] = [];
    for (let i = 1; i <= MAX_RECENT + 5; i++) list = addRecent(list, `/data/w${i}.sqlite`, linux);
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]).toBe(`/data/w${MAX_RECENT + 5}.sqlite`);
    expect(list.at(-1)).toBe('/data/w6.sqlite');
    expect(addRecent(list, '/data/new.sqlite', { ...linux, max: 3 })).toEqual([
      '/data/new.sqlite',
      `/data/w${MAX_RECENT + 5}.sqlite`,
      `/data/w${MAX_RECENT + 4}.sqlite`,
    ]);
  });

  it('ignores relative paths and removes a file that is gone', () => {
    expect(addRecent(['/data/a.sqlite'], 'relative.sqlite', linux)).toEqual(['/data/a.sqlite']);
    expect(removeRecent(['/data/a.sqlite', '/data/b.sqlite'], '/data/a.sqlite', linux)).toEqual([
      '/data/b.sqlite',
    ]);
  });

  it('reads back what it writes, and survives a damaged or foreign file', () => {
    const list = ['/data/b.sqlite', '/data/a.sqlite'];
    expect(parseRecent(serializeRecent(list), linux)).toEqual(list);
    expect(parseRecent(null, linux)).toEqual([]);
    expect(parseRecent('{"files": ["/data/a.sq', linux)).toEqual([]);
    expect(parseRecent('"hello"', linux)).toEqual([]);
    expect(parseRecent('null', linux)).toEqual([]);
    expect(parseRecent('{"files": {"0": "/data/a.sqlite"}}', linux)).toEqual([]);
    expect(
      parseRecent(
        JSON.stringify({
          files: ['/data/a.sqlite', 42, null, '', 'rel.sqlite', '/data/a.sqlite', '/x\u0000y'],
        }),
        linux,
      ),
    ).toEqual(['/data/a.sqlite']);
    const long = Array.from({ length: 50 }, (_, i) => `/data/${i}.sqlite`);
    expect(parseRecent(JSON.stringify({ files: long }), linux)).toHaveLength(MAX_RECENT);
  });
});

const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const right: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };
const laptop: Rect = { x: 0, y: 0, width: 1280, height: 760 };

function saved(bounds: Rect, maximized = false): WindowState {
  return { bounds, maximized };
}

/** Whether r lies entirely inside area. */
function inside(r: Rect, area: Rect): boolean {
  return (
    r.x >= area.x &&
    r.y >= area.y &&
    r.x + r.width <= area.x + area.width &&
    r.y + r.height <= area.y + area.height
  );
}

describe('the window’s remembered place', () => {
  it('opens at the default size, centred on the primary display, the first time', () => {
    const placed = placeWindow(null, [primary, right]);
    expect(placed.bounds).toEqual({
      x: (1920 - DEFAULT_SIZE.width) / 2,
      y: (1040 - DEFAULT_SIZE.height) / 2,
      ...DEFAULT_SIZE,
    });
    expect(placed.maximized).toBe(false);
  });

  it('reopens exactly where it was when that place is still on a screen', () => {
    const where = { x: 2100, y: 120, width: 1500, height: 1000 };
    expect(placeWindow(saved(where, true), [primary, right])).toEqual(saved(where, true));
  });

  it('comes back to the primary display when its monitor is gone', () => {
    const placed = placeWindow(saved({ x: 2100, y: 120, width: 1500, height: 1000 }), [primary]);
    expect(inside(placed.bounds, primary)).toBe(true);
    expect(placed.bounds.width).toBe(1500);
    expect(placed.bounds).toEqual({ x: 210, y: 20, width: 1500, height: 1000 });
  });

  it('is pulled fully onto the screen it mostly was on', () => {
    const placed = placeWindow(saved({ x: -300, y: 900, width: 1000, height: 700 }), [
      primary,
      right,
    ]);
    expect(placed.bounds).toEqual({ x: 0, y: 340, width: 1000, height: 700 });
    const straddling = placeWindow(saved({ x: 1500, y: 100, width: 1200, height: 800 }), [
      primary,
      right,
    ]);
    // Mostly on the right-hand display (820 px of 1200), so it moves there.
    expect(inside(straddling.bounds, right)).toBe(true);
  });

  it('shrinks to a smaller screen, never below the minimum unless the screen is smaller', () => {
    const big = placeWindow(saved({ x: 0, y: 0, width: 2400, height: 1300 }), [laptop]);
    expect(big.bounds).toEqual(laptop);
    const tiny = placeWindow(saved({ x: 10, y: 10, width: 200, height: 100 }), [primary]);
    expect(tiny.bounds.width).toBe(MIN_SIZE.width);
    expect(tiny.bounds.height).toBe(MIN_SIZE.height);
    const small: Rect = { x: 0, y: 0, width: 640, height: 480 };
    expect(placeWindow(saved({ x: 0, y: 0, width: 200, height: 100 }), [small]).bounds).toEqual(
      small,
    );
  });

  it('reads back what it writes, and ignores a damaged file', () => {
    const state = saved({ x: 5, y: 6, width: 1000, height: 700 }, true);
    expect(parseWindowState(serializeWindowState(state))).toEqual(state);
    expect(parseWindowState(null)).toBeNull();
    expect(parseWindowState('{"bounds":')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":0,"y":0,"width":-5,"height":10}}')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":"0","y":0,"width":500,"height":10}}')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":0,"y":0,"width":1e400,"height":10}}')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":0.4,"y":0,"width":800.6,"height":600}}')).toEqual(
      saved({ x: 0, y: 0, width: 801, height: 600 }),
    );
  });
});

function actions() {
  const calls: string[] = [];
  const a: MenuActions = {
    openWorkspace: () => calls.push('open'),
    newWorkspace: () => calls.push('new'),
    openVisitPack: () => calls.push('pack'),
    openRecent: (path) => calls.push(`recent ${path}`),
    clearRecent: () => calls.push('clear'),
    forgetKeys: () => calls.push('forget keys'),
    openHelp: () => calls.push('help'),
  };
  return { calls, actions: a };
}

function menu(
  packaged: boolean,
  platform: NodeJS.Platform,
  recent: string[] = [],
  rememberedKeys = false,
) {
  const { calls, actions: a } = actions();
  const template = applicationMenuTemplate({
    packaged,
    platform,
    appName: 'CTED Visit Planner',
    recent,
    rememberedKeys,
    actions: a,
  });
  return { calls, template, items: menuItems(template) };
}

const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as (() => void) | undefined)?.();

describe('the application menu', () => {
  it('has no developer tools in a packaged app', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const { items } = menu(true, platform);
      expect(items.map((i) => i.role)).not.toContain('toggleDevTools');
      expect(items.map((i) => i.role)).not.toContain('forceReload');
      // The ready-made View menu would bring them back.
      expect(items.map((i) => i.role)).not.toContain('viewMenu');
    }
    expect(menu(false, 'linux').items.map((i) => i.role)).toContain('toggleDevTools');
  });

  it('opens and creates workspaces from File', () => {
    const { items, calls } = menu(true, 'linux');
    const open = items.find((i) => i.accelerator === 'CmdOrCtrl+O');
    const create = items.find((i) => i.accelerator === 'CmdOrCtrl+N');
    click(open);
    click(create);
    expect(calls).toEqual(['open', 'new']);
  });

  it('opens a visit pack from File, as a field workspace', () => {
    const { template, calls } = menu(true, 'linux');
    const file = template.find((i) => i.label === '&File')!;
    const item = (file.submenu as MenuItemConstructorOptions[]).find(
      (i) => i.label === 'Open visit pack…',
    );
    click(item);
    expect(calls).toEqual(['pack']);
  });

  it('lists the recent workspaces, most recent first, each opening its file', () => {
    const { items, calls } = menu(true, 'linux', ['/data/b.sqlite', '/data/a.sqlite']);
    const entries = items.filter((i) => typeof i.label === 'string' && i.label.includes('/data/'));
    expect(entries.map((i) => i.label)).toEqual([
      'b.sqlite — /data/b.sqlite',
      'a.sqlite — /data/a.sqlite',
    ]);
    click(entries[1]);
    click(items.find((i) => i.label === 'Clear the list'));
    expect(calls).toEqual(['recent /data/a.sqlite', 'clear']);
    const empty = menu(true, 'linux').items.find((i) => i.label === 'No recent workspaces');
    expect(empty?.enabled).toBe(false);
  });

  it('forgets the remembered workspace keys from File, when there are any', () => {
    const forget = (remembered: boolean) =>
      menu(true, 'linux', [], remembered).items.find(
        (i) => i.label === 'Forget remembered workspace keys',
      );
    expect(forget(false)?.enabled).toBe(false);
    const { items, calls } = menu(true, 'linux', [], true);
    const item = items.find((i) => i.label === 'Forget remembered workspace keys');
    expect(item?.enabled).toBe(true);
    click(item);
    expect(calls).toEqual(['forget keys']);
  });

  it('follows each platform: the app menu on macOS, Quit in File elsewhere', () => {
    expect(menu(true, 'darwin').template[0]?.role).toBe('appMenu');
    expect(menu(true, 'linux').items.map((i) => i.role)).toContain('quit');
    expect(menu(true, 'win32').template[0]?.role).not.toBe('appMenu');
  });
});
