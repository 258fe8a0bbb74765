// The desktop shell's security settings against the Electron security checklist
// (https://www.electronjs.org/docs/latest/tutorial/security). The Electron runtime is not needed:
// the settings live in a pure module, and the objects they are applied to are stand-ins with the
// same methods as Electron's WebContents and Session.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_REGISTRATION,
  CONTENT_SECURITY_POLICY,
  hardenSession,
  hardenWebContents,
  isAllowedExternal,
  isAppUrl,
  isTrustedSender,
  rendererFileFor,
  rendererResponseHeaders,
  secureWebPreferences,
  type GuardedContents,
  type GuardedSession,
} from '../../main/electron/security';

const FOREIGN_URLS = [
  'https://evil.example/',
  'http://127.0.0.1:4317/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'app://evil/index.html',
  'app://renderer.evil/index.html',
  'app://renderer@evil/index.html',
  'app://user:pw@renderer/index.html',
  'app://renderer:8080/index.html',
  'https://renderer/index.html',
  'not a url',
  '',
];

describe('webPreferences (checklist 2, 3, 4, 6, 8, 9, 10, 12)', () => {
  const packaged = secureWebPreferences('/app/preload.cjs', { packaged: true });
  const development = secureWebPreferences('/app/preload.cjs', { packaged: false });

  it('isolates and sandboxes the page, with no Node.js in any frame or worker', () => {
    for (const prefs of [packaged, development]) {
      expect(prefs.contextIsolation).toBe(true);
      expect(prefs.sandbox).toBe(true);
      expect(prefs.nodeIntegration).toBe(false);
      expect(prefs.nodeIntegrationInSubFrames).toBe(false);
      expect(prefs.nodeIntegrationInWorker).toBe(false);
      expect(prefs.preload).toBe('/app/preload.cjs');
    }
  });

  it('keeps web security on, refuses insecure content, experimental and Blink features, <webview>', () => {
    for (const prefs of [packaged, development]) {
      expect(prefs.webSecurity).toBe(true);
      expect(prefs.allowRunningInsecureContent).toBe(false);
      expect(prefs.experimentalFeatures).toBe(false);
      expect(prefs.enableBlinkFeatures).toBeUndefined();
      expect(prefs.webviewTag).toBe(false);
      expect(prefs.navigateOnDragDrop).toBe(false);
    }
  });

  it('gives developer tools only to development builds', () => {
    expect(packaged.devTools).toBe(false);
    expect(development.devTools).toBe(true);
  });
});

describe('the app:// protocol (checklist 18)', () => {
  it('is secure and standard, and neither bypasses the CSP nor allows service workers', () => {
    expect(APP_SCHEME_REGISTRATION.scheme).toBe('app');
    expect(APP_SCHEME_REGISTRATION.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_REGISTRATION.privileges?.bypassCSP).not.toBe(true);
    expect(APP_SCHEME_REGISTRATION.privileges?.allowServiceWorkers).not.toBe(true);
    expect(APP_SCHEME_REGISTRATION.privileges?.corsEnabled).not.toBe(true);
  });

  it('recognises only the app’s own pages', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://renderer/assets/index-abc.js?x=1#top')).toBe(true);
    for (const url of FOREIGN_URLS) expect(isAppUrl(url), url).toBe(false);
  });

  it('serves files of the renderer folder only (a path climbing out stays inside, or is refused)', () => {
    const dir = join('/opt', 'cted', 'renderer');
    expect(rendererFileFor('app://renderer/', dir)).toBe(join(dir, 'index.html'));
    expect(rendererFileFor('app://renderer/index.html', dir)).toBe(join(dir, 'index.html'));
    expect(rendererFileFor('app://renderer/assets/a.js?v=1', dir)).toBe(
      join(dir, 'assets', 'a.js'),
    );
    for (const url of [
      'app://renderer/%2e%2e/%2e%2e/secret.txt',
      'app://renderer/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://renderer/..%2f..%2fsecret.txt',
      'app://renderer/index.html%00.js',
      'app://renderer/%E0%A4%A',
      'app://other/index.html',
      'https://renderer/index.html',
    ]) {
      const file = rendererFileFor(url, dir);
      if (file !== null) expect(file.startsWith(dir + '/'), `${url} → ${file}`).toBe(true);
      else expect(file).toBeNull();
    }
    expect(rendererFileFor('app://renderer/%2e%2e/%2e%2e/secret.txt', dir)).not.toBe(
      join(dir, '..', '..', 'secret.txt'),
    );
    expect(rendererFileFor('app://renderer/index.html%00.js', dir)).toBeNull();
    expect(rendererFileFor('app://renderer/%E0%A4%A', dir)).toBeNull();
    expect(rendererFileFor('app://other/index.html', dir)).toBeNull();
  });
});

/** The policy's directives, by name. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('the Content-Security-Policy (checklist 7)', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('allows only the app’s own scripts: no inline script, no eval', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('wasm-unsafe-eval');
  });

  it('shuts plugins, <base>, framing by others and form posts', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
  });

  it('names no remote or wildcard source', () => {
    for (const [name, sources] of csp) {
      for (const source of sources) {
        expect(source, name).not.toMatch(/^\*|^https?:|^wss?:|^blob:$/);
      }
    }
  });

  it('is sent with every file, with nosniff', () => {
    const headers = rendererResponseHeaders('text/html');
    expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['content-type']).toBe('text/html');
  });
});

interface FakeEvent {
  url: string;
  isMainFrame: boolean;
  prevented: boolean;
  preventDefault(): void;
}

/** A stand-in for a WebContents: records listeners and the window-open handler. */
function fakeContents() {
  const listeners = new Map<string, ((event: FakeEvent) => void)[]>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on(name: string, listener: (event: FakeEvent) => void) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler;
    },
  };
  const opened: string[] = [];
  hardenWebContents(contents as unknown as GuardedContents, (url) => opened.push(url));
  return {
    listeners,
    opened,
    /** Emits a navigation event; tells whether it was prevented. */
    emit(name: string, url: string, isMainFrame = true): boolean {
      const event: FakeEvent = {
        url,
        isMainFrame,
        prevented: false,
        preventDefault() {
          this.prevented = true;
        },
      };
      const registered = listeners.get(name) ?? [];
      expect(registered.length, `a listener for ${name}`).toBeGreaterThan(0);
      for (const listener of registered) listener(event);
      return event.prevented;
    },
    open(url: string) {
      expect(openHandler).not.toBeNull();
      return openHandler!({ url });
    },
  };
}

describe('navigation (checklist 13)', () => {
  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])(
    '%s: the top frame goes only to the app’s own pages',
    (name) => {
      const c = fakeContents();
      expect(c.emit(name, APP_ENTRY_URL)).toBe(false);
      expect(c.emit(name, 'app://renderer/index.html#/planning')).toBe(false);
      for (const url of FOREIGN_URLS) expect(c.emit(name, url), url).toBe(true);
      expect(c.emit(name, 'about:srcdoc', true)).toBe(true);
      expect(c.emit(name, 'about:blank', true)).toBe(true);
    },
  );

  it('lets a subframe show the review pack’s srcdoc preview, and nothing foreign', () => {
    const c = fakeContents();
    expect(c.emit('will-frame-navigate', 'about:srcdoc', false)).toBe(false);
    expect(c.emit('will-frame-navigate', APP_ENTRY_URL, false)).toBe(false);
    expect(c.emit('will-frame-navigate', 'https://evil.example/', false)).toBe(true);
    expect(c.emit('will-frame-navigate', 'file:///etc/passwd', false)).toBe(true);
  });

  it('refuses every <webview> (checklist 12)', () => {
    const c = fakeContents();
    expect(c.emit('will-attach-webview', 'about:blank')).toBe(true);
  });
});

describe('new windows (checklist 14, 15)', () => {
  it('are always denied', () => {
    const c = fakeContents();
    for (const url of [
      APP_ENTRY_URL,
      'https://www.un.org/securitycouncil/ctc/',
      'https://evil.example/',
      'about:blank',
    ]) {
      expect(c.open(url)).toEqual({ action: 'deny' });
    }
  });

  it('open only allow-listed https addresses, in the system browser', () => {
    const c = fakeContents();
    c.open('https://www.un.org/securitycouncil/ctc/content/about-us');
    c.open('https://evil.example/');
    c.open('http://www.un.org/securitycouncil/ctc/');
    c.open('https://www.un.org/securitycouncil/ctc/../../evil');
    c.open('https://www.un.org.evil.example/securitycouncil/ctc/');
    c.open('https://user@www.un.org/securitycouncil/ctc/');
    c.open('file:///etc/passwd');
    expect(c.opened).toEqual(['https://www.un.org/securitycouncil/ctc/content/about-us']);
  });

  it('compares external addresses once parsed', () => {
    expect(isAllowedExternal('https://www.un.org/securitycouncil/ctc/')).toBe(true);
    expect(isAllowedExternal('https://WWW.UN.ORG/securitycouncil/ctc/x')).toBe(true);
    expect(isAllowedExternal('https://www.un.org/securitycouncil/ctcx')).toBe(false);
    expect(isAllowedExternal('https://www.un.org:8443/securitycouncil/ctc/')).toBe(false);
    expect(isAllowedExternal('javascript:alert(1)')).toBe(false);
  });
});

describe('permissions (checklist 5)', () => {
  function hardened() {
    let request: ((c: unknown, p: unknown, cb: (granted: boolean) => void) => void) | null = null;
    let check: (() => boolean) | null = null;
    let device: (() => boolean) | null = null;
    const session: GuardedSession = {
      setPermissionRequestHandler: (h) => void (request = h),
      setPermissionCheckHandler: (h) => void (check = h),
      setDevicePermissionHandler: (h) => void (device = h),
    };
    hardenSession(session);
    return { request: request!, check: check!, device: device! };
  }

  it('refuses every permission request', () => {
    const { request } = hardened();
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
      'display-capture',
      'fileSystem',
      'unknown',
    ]) {
      const answers: boolean[] = [];
      request({}, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
    }
  });

  it('answers every permission and device check with no', () => {
    const { check, device } = hardened();
    expect(check()).toBe(false);
    expect(device()).toBe(false);
  });
});

describe('IPC senders (checklist 17)', () => {
  const windowContents = { id: 1 };
  const top = { url: APP_ENTRY_URL, parent: null };

  it('accepts the app’s page in the main window’s top frame', () => {
    expect(isTrustedSender({ sender: windowContents, senderFrame: top }, windowContents)).toBe(
      true,
    );
    expect(
      isTrustedSender(
        {
          sender: windowContents,
          senderFrame: { url: 'app://renderer/index.html#/x', parent: null },
        },
        windowContents,
      ),
    ).toBe(true);
  });

  it('refuses another WebContents, a subframe, a gone frame and a foreign page', () => {
    expect(isTrustedSender({ sender: { id: 2 }, senderFrame: top }, windowContents)).toBe(false);
    expect(
      isTrustedSender(
        { sender: windowContents, senderFrame: { url: APP_ENTRY_URL, parent: top } },
        windowContents,
      ),
    ).toBe(false);
    expect(isTrustedSender({ sender: windowContents, senderFrame: null }, windowContents)).toBe(
      false,
    );
    for (const url of FOREIGN_URLS) {
      expect(
        isTrustedSender(
          { sender: windowContents, senderFrame: { url, parent: null } },
          windowContents,
        ),
        url,
      ).toBe(false);
    }
  });

  it('refuses everything while there is no main window', () => {
    expect(isTrustedSender({ sender: undefined, senderFrame: top }, undefined)).toBe(false);
    expect(isTrustedSender({ sender: null, senderFrame: top }, null)).toBe(false);
  });
});
