// `npm run demo:publish`: (re)publishes resources/demo/plans as the app's embedded demo repository,
// signed with the demo keys in resources/demo/keys (DEMO KEYS, NOT SECRET) and a 10-year expiry.
// Re-run it whenever the plan or bundle format changes: it publishes the next version (or nothing
// when the compiled bundle is unchanged; --force publishes anyway).
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compilePlans } from '../main/domain/plans/compile.ts';
import { formatFinding } from '../main/domain/plans/findings.ts';
import { verifyRepository } from '../main/domain/tuf/client/verify.ts';
import { keysDirExists, loadKeysDir } from '../main/domain/tuf/signing/keys-dir.ts';
import { publishBundle } from '../main/domain/tuf/signing/publish-bundle.ts';
import { initKeysDir, ONE_EACH } from '../main/domain/tuf/signing/root-ops.ts';

const TEN_YEARS = 3650 * 86_400_000;
const demo = join(import.meta.dirname, '..', 'resources', 'demo');
const paths = { plans: join(demo, 'plans'), keys: join(demo, 'keys'), repo: join(demo, 'repo'), root: join(demo, 'root.json') };
const KEYS_README = `DEMO KEYS, NOT SECRET: they sign only the embedded demo repository (resources/demo/repo).
Never use them for real plans: anyone can read them. Create real keys with "lifeline keys init".
`;

async function currentBundleJson(): Promise<string | null> {
  const work = await mkdtemp(join(tmpdir(), 'lifeline-demo-'));
  try {
    const { bundle } = await verifyRepository({ source: paths.repo, trustedRoot: await readFile(paths.root), workDir: work });
    const { version: _v, publishedAt: _p, ...content } = bundle;
    return JSON.stringify(content);
  } catch {
    return null; // no demo repository yet, or an unreadable one: publish
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const now = new Date();
  const { findings, plans } = await compilePlans(paths.plans, { today: now.toISOString().slice(0, 10) });
  for (const finding of findings) console.error(formatFinding(finding, { dir: 'resources/demo/plans' }));
  if (!plans) {
    console.error('demo plans have errors: nothing published');
    return 1;
  }
  if (!(await keysDirExists(paths.keys))) {
    await initKeysDir({ dir: paths.keys, counts: ONE_EACH, thresholds: ONE_EACH, expires: new Date(now.getTime() + TEN_YEARS) });
    await writeFile(join(paths.keys, 'README.md'), KEYS_README);
  }
  if (!process.argv.includes('--force') && (await currentBundleJson()) === JSON.stringify(plans)) {
    console.log('demo repository is up to date (use --force to publish anyway)');
    return 0;
  }
  const keys = await loadKeysDir(paths.keys);
  const result = await publishBundle({
    repo: paths.repo,
    keys,
    content: plans,
    now,
    expiresIn: { targets: TEN_YEARS, snapshot: TEN_YEARS, timestamp: TEN_YEARS },
  });
  await copyFile(join(paths.keys, 'root.json'), paths.root);
  console.log(`published demo bundle ${result.bundleId} version ${result.version}, expires ${result.expires.timestamp}`);
  console.log(`pinned root: resources/demo/root.json (root version ${result.rootVersion})`);
  return 0;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`demo:publish: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
});
