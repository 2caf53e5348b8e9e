import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startLocalInfra, type LocalInfra } from './local-infra';

interface JestSummary {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { status: string; assertionResults: { status: string }[] }[];
}

/** Failed tests, plus suites that failed without a failing test (compile error, hook, crash). */
export function summarize(r: JestSummary): { passed: number; failed: number } {
  const brokenSuites = r.testResults.filter(
    (s) => s.status === 'failed' && !s.assertionResults.some((a) => a.status === 'failed'),
  ).length;
  return { passed: r.numPassedTests, failed: r.numFailedTests + brokenSuites };
}

function runJest(root: string, args: string[], env: NodeJS.ProcessEnv, forwardSignals: (stop: () => void) => void): Promise<number> {
  return new Promise((resolve) => {
    const jest = spawn(process.execPath, [path.join(root, 'node_modules/jest/bin/jest.js'), ...args], {
      cwd: root,
      env,
      stdio: 'inherit',
    });
    forwardSignals(() => jest.kill('SIGTERM'));
    jest.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    jest.once('error', () => resolve(1));
  });
}

/** Type errors fail the run like a failing test: jest itself only strips types. */
function typecheck(root: string): Promise<boolean> {
  return new Promise((resolve) => {
    const tsc = spawn(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit'], {
      cwd: root,
      stdio: 'inherit',
    });
    tsc.once('exit', (code) => resolve(code === 0));
    tsc.once('error', () => resolve(false));
  });
}

async function main(): Promise<number> {
  const root = path.resolve(__dirname, '../..');
  process.chdir(root);
  const testDir = path.resolve(process.env.DATA_DIR ?? '.data', 'test');
  const resultsFile = path.join(testDir, 'jest-results.json');
  fs.mkdirSync(testDir, { recursive: true });
  fs.rmSync(resultsFile, { force: true });

  let infra: LocalInfra | undefined;
  let stopJest: () => void = () => {};
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
    stopJest();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    // TEST_PORT_OFFSET lets a second test run share the machine (its own DATA_DIR too).
    const offset = Number(process.env.TEST_PORT_OFFSET ?? 0);
    infra = await startLocalInfra({
      dataDir: testDir,
      mongoPort: 27037 + offset,
      pgPort: 5437 + offset,
      amqpPort: 5692 + offset,
      rabbitNode: offset ? `hrtest${offset}@localhost` : 'hrtest@localhost',
      freshMongo: true,
    });
    if (interrupted) return 130;
    const env = { ...process.env, MONGO_URL: infra.mongoUrl, AMQP_URL: infra.amqpUrl, DATA_DIR: testDir };
    const args = ['--json', `--outputFile=${resultsFile}`, ...process.argv.slice(2)];
    const code = await runJest(root, args, env, (stop) => (stopJest = stop));

    if (!fs.existsSync(resultsFile)) {
      console.error(`jest exited with code ${code} without writing ${resultsFile}`);
      console.log('0 passed, 1 failed');
      return 1;
    }
    const { passed, failed } = summarize(JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as JestSummary);
    const typed = await typecheck(root);
    if (!typed) console.error('typecheck: tsc --noEmit found errors (counted as one failure)');
    console.log(`${passed + (typed ? 1 : 0)} passed, ${failed + (typed ? 0 : 1)} failed`);
    return failed > 0 || code !== 0 || !typed ? 1 : 0;
  } catch (err) {
    console.error(`run-tests: ${(err as Error).message}`);
    console.log('0 passed, 1 failed');
    return 1;
  } finally {
    await infra?.stop().catch((err: Error) => console.error(`infra: stop failed: ${err.message}`));
  }
}

main().then((code) => process.exit(code));
