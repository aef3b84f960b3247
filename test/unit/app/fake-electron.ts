// A recording stand-in for the `electron` module, enough to run the bundled main process under Node.
// Only what main/desktop (and electron-store) touch; every call is recorded for assertions.
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

type Fn = (...args: never[]) => unknown;

export class FakeWebContents extends EventEmitter {
  readonly id: number;
  readonly mainFrame = { url: 'app://lifeline/index.html', parent: null };
  readonly sent: Array<[string, unknown]> = [];
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  constructor(id: number) {
    super();
    this.id = id;
  }
  isDestroyed = () => false;
  send = (channel: string, payload: unknown) => void this.sent.push([channel, payload]);
  setWindowOpenHandler = (handler: (details: { url: string }) => unknown) => void (this.windowOpenHandler = handler);
}

export function createFakeElectron(appPath: string, userData: string) {
  const appEvents = new EventEmitter();
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const record = {
    privileged: [] as unknown[],
    protocolHandlers: new Map<string, Fn>(),
    ipcHandlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
    windows: [] as FakeBrowserWindow[],
    menu: null as unknown,
    opened: [] as string[],
    protocolClients: [] as unknown[][],
    permissionRequest: null as Fn | null,
    permissionCheck: null as Fn | null,
    sandboxEnabled: false,
  };
  let nextId = 1;

  class FakeBrowserWindow extends EventEmitter {
    readonly options: { webPreferences: Record<string, unknown> };
    readonly webContents = new FakeWebContents(nextId++);
    loadedUrl = '';
    focused = 0;
    constructor(options: { webPreferences: Record<string, unknown> }) {
      super();
      this.options = options;
      record.windows.push(this);
      appEvents.emit('web-contents-created', {}, this.webContents);
    }
    loadURL = async (url: string) => void (this.loadedUrl = url);
    isDestroyed = () => false;
    isMinimized = () => false;
    restore = () => {};
    focus = () => {
      this.focused++;
    };
    show = () => {};
  }

  const electron = {
    app: Object.assign(appEvents, {
      requestSingleInstanceLock: () => true,
      enableSandbox: () => void (record.sandboxEnabled = true),
      whenReady: () => ready,
      quit: () => {},
      exit: (code: number) => assert.fail(`the app exited with ${code}`),
      getAppPath: () => appPath,
      getPath: (name: string) => (name === 'userData' ? userData : `${userData}/${name}`),
      getVersion: () => '0.1.0',
      isPackaged: false,
      setAsDefaultProtocolClient: (...args: unknown[]) => void record.protocolClients.push(args),
    }),
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void record.privileged.push(...schemes),
      handle: (scheme: string, handler: Fn) => void record.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Fn) => void (record.permissionRequest = h),
        setPermissionCheckHandler: (h: Fn) => void (record.permissionCheck = h),
      },
    },
    ipcMain: {
      handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => Promise<unknown>) =>
        void record.ipcHandlers.set(channel, listener),
      removeHandler: (channel: string) => void record.ipcHandlers.delete(channel),
      on: () => {}, // electron-store's renderer data channel
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => void (record.menu = menu),
    },
    nativeTheme: { themeSource: 'system', shouldUseDarkColors: false },
    net: {
      request: () => {
        throw new Error('no network in tests');
      },
    },
    shell: {
      openExternal: async (url: string) => void record.opened.push(url),
      openPath: async () => '',
    },
    dialog: {
      showMessageBox: async () => ({ response: 0 }),
      showSaveDialog: async () => ({ canceled: true }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showErrorBox: (title: string, content: string) => assert.fail(`${title}: ${content}`),
    },
    BrowserWindow: FakeBrowserWindow,
  };
  return { electron, record, appEvents, ready: () => resolveReady() };
}
