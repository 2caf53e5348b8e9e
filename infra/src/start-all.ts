import fs from 'node:fs';
import path from 'node:path';
import { startChild, stopChildren, type Child } from './child-processes';
import { startLocalInfra, type LocalInfra } from './local-infra';
import { gatewayReady, sleep } from './probe';
import { loadSecrets } from './secrets';
import { gatewayPort, serviceEnv, services } from './services';

const READY_TIMEOUT_MS = 90_000;

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../..');
  process.chdir(root);
  const dataDir = path.resolve(process.env.DATA_DIR ?? '.data');
  const missing = services.filter((s) => !fs.existsSync(s.entry)).map((s) => s.entry);
  if (missing.length) {
    console.error(`Not built: ${missing.join(', ')} (run \`bash infra/bootstrap.sh\`)`);
    process.exit(1);
  }

  let infra: LocalInfra | undefined;
  const children: Child[] = [];
  let stopping = false;
  const shutdown = async (code: number, reason: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.error(reason);
    await stopChildren(children);
    await infra?.stop().catch((err: Error) => console.error(`infra: stop failed: ${err.message}`));
    process.exit(code);
  };
  let interrupts = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    // A second Ctrl-C means "now": do not wait for graceful shutdown.
    if (++interrupts > 1) for (const c of children) c.process.kill('SIGKILL');
    void shutdown(0, `${signal}: stopping…`);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  infra = await startLocalInfra({ dataDir, mongoPort: 27027, pgPort: 5427, amqpPort: 5682, rabbitNode: 'hr@localhost' });
  if (stopping) return;
  const secrets = loadSecrets(dataDir);
  const base = { ...process.env };
  const shared = {
    mongoUrl: infra.mongoUrl,
    amqpUrl: infra.amqpUrl,
    jwtSecret: base.JWT_SECRET || secrets.jwtSecret,
    internalTokenSecret: base.INTERNAL_TOKEN_SECRET || secrets.internalTokenSecret,
    dataDir,
  };

  const width = Math.max(...services.map((s) => s.name.length));
  for (const spec of services) {
    const child = startChild(spec.name, spec.entry, serviceEnv(spec, shared, base), width);
    children.push(child);
    void child.exited.then(({ code, signal }) => {
      if (!stopping) void shutdown(1, `[${spec.name}] exited unexpectedly (${signal ?? `code ${code}`}); stopping everything`);
    });
  }

  const port = gatewayPort(base);
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await gatewayReady(port))) {
    if (stopping) return;
    if (Date.now() > deadline) {
      return shutdown(1, `Gateway not ready: http://127.0.0.1:${port}/readyz did not answer 200 within ${READY_TIMEOUT_MS / 1000} s`);
    }
    await sleep(250);
  }
  console.log(`Gateway ready: http://localhost:${port}  (API docs: /docs)`);
  // Without ADMIN_EMAIL/ADMIN_PASSWORD the gateway generates the first admin's password and prints it once.
}

main().catch((err: Error) => {
  console.error(`start-all: ${err.message}`);
  process.exit(1);
});
