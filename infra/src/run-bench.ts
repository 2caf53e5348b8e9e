import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startLocalInfra, type LocalInfra } from './local-infra';

const SUFFIX = '.bench.ts';

function listBenches(benchDir: string): string[] {
  if (!fs.existsSync(benchDir)) return [];
  return fs.readdirSync(benchDir).filter((f) => f.endsWith(SUFFIX)).map((f) => f.slice(0, -SUFFIX.length)).sort();
}

async function main(): Promise<number> {
  const root = path.resolve(__dirname, '../..');
  process.chdir(root);
  const benchDir = path.join(root, 'bench');
  const [name, ...args] = process.argv.slice(2);
  const available = listBenches(benchDir);
  if (!name || !available.includes(name)) {
    if (name) console.error(`No bench named "${name}".`);
    console.log(`Usage: npm run bench -- <name> [args]\nAvailable: ${available.join(', ') || '(none in bench/)'}`);
    return name ? 1 : 0;
  }

  // Benches run against the current code: rebuild what changed, then compile bench/ itself.
  execFileSync('bash', ['infra/build.sh', '--code-only'], { stdio: 'inherit' });
  fs.rmSync(path.join(benchDir, 'dist'), { recursive: true, force: true });
  execFileSync(
    path.join(root, 'node_modules/.bin/swc'),
    ['bench', '-d', 'bench/dist', '--strip-leading-paths', '--ignore', 'bench/dist/**', '--config-file', '.swcrc', '-q'],
    { stdio: 'inherit' },
  );

  const dataDir = path.resolve(process.env.DATA_DIR ?? '.data', 'bench');
  let infra: LocalInfra | undefined;
  try {
    infra = await startLocalInfra({ dataDir, mongoPort: 27047, pgPort: 5447, amqpPort: 5702, rabbitNode: 'hrbench@localhost', freshMongo: true, freshBroker: true });
    const env = { ...process.env, MONGO_URL: infra.mongoUrl, AMQP_URL: infra.amqpUrl, DATA_DIR: dataDir };
    const bench = spawn(process.execPath, ['--enable-source-maps', `bench/dist/${name}.bench.js`, ...args], { env, stdio: 'inherit' });
    // Ctrl-C reaches the bench directly; we only wait for it and then clean up.
    process.on('SIGINT', () => undefined);
    return await new Promise<number>((resolve) => bench.once('exit', (code) => resolve(code ?? 1)));
  } catch (err) {
    console.error(`run-bench: ${(err as Error).message}`);
    return 1;
  } finally {
    await infra?.stop();
  }
}

main().then((code) => process.exit(code));
