// The layering of main/, in the manner of VS Code's layer rules: every folder lists the folders it may
// import, and lint refuses the rest. Programs -> domain -> model; preload/contract.ts sits beside model.
// test/unit/lint-boundaries.test.ts proves each rule fires and that every folder is listed here.

const domain = (...names) => names.map((n) => `main/domain/${n}`);
const CONTRACT = 'preload/contract.ts';

/** folder -> folders (and the contract) it may import; a folder may always import its own files. */
export const MAIN_LAYERS = {
  'main/model': [],
  'main/domain/net': ['main/model'],
  'main/domain/files': [...domain('net'), 'main/model'],
  'main/domain/tuf/shared': ['main/model'],
  'main/domain/tuf/client': [...domain('tuf/shared', 'net'), 'main/model'],
  'main/domain/tuf/signing': [...domain('tuf/shared', 'files'), 'main/model'],
  'main/domain/storage': [...domain('files', 'tuf/shared', 'net'), 'main/model'],
  'main/domain/search': [...domain('files'), 'main/model'],
  'main/domain/sync': [...domain('storage', 'search', 'tuf/client', 'tuf/shared', 'net', 'files'), 'main/model'],
  'main/domain/config': [...domain('sync', 'tuf/client'), 'main/model', CONTRACT],
  'main/domain/security': ['main/model', CONTRACT],
  'main/domain/escalation': ['main/model'],
  'main/domain/incidents': [...domain('escalation', 'storage', 'files'), 'main/model'],
  'main/domain/plans': [...domain('security'), 'main/model'],
  'main/domain/print': ['main/model', CONTRACT],
  'main/domain/ipc': [...domain('config', 'escalation', 'incidents', 'search', 'security'), 'main/model', CONTRACT],
  // The programs: any domain folder, never each other.
  'main/cli': ['main/domain', 'main/model', CONTRACT],
  'main/desktop': ['main/domain', 'main/model', CONTRACT, 'preload/api.ts'],
  'main/preview': ['main/domain', 'main/model', CONTRACT, 'scripts/build-renderer.ts'],
  // The contract imports model types only; the preload's own files import the contract.
  preload: ['main/model'],
};

const everything = [
  'main/model',
  'main/domain',
  'main/cli',
  'main/desktop',
  'main/preview',
  'preload',
  'renderer',
  'scripts',
  'test',
  'bench',
];

const inside = (path, folder) => path === folder || path.startsWith(`${folder}/`);

/** What `target` must not import: every other top-level area and domain folder not in its list. */
function forbiddenFor(target, allowed) {
  const domainFolders = Object.keys(MAIN_LAYERS).filter((f) => f.startsWith('main/domain/'));
  const candidates = [...everything.filter((f) => f !== 'main/domain'), ...domainFolders];
  return candidates.filter(
    (f) =>
      !inside(target, f) &&
      !inside(f, target) &&
      !allowed.some((a) => inside(f, a) || inside(a, f)) &&
      // main/domain as a whole is allowed for the programs: its folders are covered by that
      !(f === 'main/domain' && allowed.includes('main/domain')),
  );
}

/** Zones for import-x/no-restricted-paths, one per folder, each naming what the folder may import. */
export function layerZones(layers = MAIN_LAYERS) {
  const zones = [];
  for (const [target, allowed] of Object.entries(layers)) {
    const message = `${target} may import only: ${allowed.length ? allowed.join(', ') : 'nothing outside itself'} (see eslint.layers.js)`;
    const from = forbiddenFor(target, allowed);
    if (from.length > 0) zones.push({ target: `./${target}`, from: from.map((f) => `./${f}`), message });
    // Partly allowed folders: the contract but not the rest of preload, one file of scripts.
    for (const file of allowed.filter((a) => a.endsWith('.ts'))) {
      const folder = file.slice(0, file.lastIndexOf('/'));
      const except = allowed.filter((a) => a.startsWith(`${folder}/`)).map((a) => `./${a.slice(folder.length + 1)}`);
      if (!inside(target, folder)) zones.push({ target: `./${target}`, from: `./${folder}`, except, message });
    }
  }
  return zones;
}

// The layering of the renderer (renderer/src), in the same manner: app -> features/<screen> -> components
// -> data -> domain. A screen may embed parts of the screens listed for it, never the app.
// test/unit/lint-boundaries.test.ts probes each rule and checks that every folder is listed.
const RENDERER = 'renderer/src';
const belowFeatures = ['components', 'data', 'domain'];
const screens = (...names) => [...names.map((n) => `features/${n}`), ...belowFeatures];

/** renderer/src folder -> the renderer/src folders it may import; a folder may always import its own files. */
export const RENDERER_LAYERS = {
  domain: [],
  data: ['domain'],
  // Shared pieces: some talk to main through the bridge (ExternalLink) or read the bundle's facts (WithBundleInfo).
  components: ['data', 'domain'],
  'features/escalate': screens('print'),
  'features/home': screens('incidents', 'print', 'search', 'vendors'),
  'features/incidents': screens('escalate', 'print'),
  'features/print': screens(),
  'features/runbook-page': screens(),
  'features/search': screens(),
  'features/service-page': screens('print', 'vendors'),
  'features/status-bar': screens(),
  'features/vendor-page': screens('print', 'vendors'),
  'features/vendors': screens(),
  app: ['features', ...belowFeatures],
};

/** Zones for import-x/no-restricted-paths over renderer/src, one per folder. */
export function rendererZones(layers = RENDERER_LAYERS) {
  const folders = Object.keys(layers);
  return Object.entries(layers).flatMap(([target, allowed]) => {
    const from = folders.filter((f) => !inside(f, target) && !allowed.some((a) => inside(f, a)));
    const message = `renderer/src/${target} may import only: ${allowed.length ? allowed.join(', ') : 'nothing else of the renderer'} (see eslint.layers.js)`;
    return from.length === 0 ? [] : [{ target: `./${RENDERER}/${target}`, from: from.map((f) => `./${RENDERER}/${f}`), message }];
  });
}
