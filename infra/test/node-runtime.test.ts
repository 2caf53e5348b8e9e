import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startChild } from '../src/child-processes';

const root = path.resolve(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const pinned = read('.node-version').trim().replace(/^v/, '');
const minimum = /^>=(\d+\.\d+\.\d+)$/.exec((JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node)?.[1];

const parts = (version: string) => version.replace(/^v/, '').split('.').map(Number);
function atLeast(version: string, min: string): boolean {
  const [a, b] = [parts(version), parts(min)];
  for (let i = 0; i < 3; i += 1) if (a[i] !== b[i]) return a[i] > b[i];
  return true;
}

/**
 * A directory holding the machine's `node`, first on PATH: it reports the given version and runs
 * anything else (npm, should the step fetch) on the node of this test.
 */
function fakeNode(version: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-fake-node-'));
  const script = `#!/bin/sh\nif [ "$1" = --version ]; then echo ${version}; exit 0; fi\nexec "${process.execPath}" "$@"\n`;
  fs.writeFileSync(path.join(dir, 'node'), script, { mode: 0o755 });
  return dir;
}

function nodeRuntime(machineNode: string): string {
  const env = { ...process.env, PATH: `${fakeNode(machineNode)}:${process.env.PATH}` };
  return execFileSync('bash', [path.join(root, 'infra/node-runtime.sh')], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

describe('the Node.js the system runs on', () => {
  it('names one supported line in engines, .node-version, the Dockerfile and @types/node', () => {
    expect(minimum).toBeDefined();
    expect(atLeast(pinned, minimum!)).toBe(true);
    expect(read('Dockerfile')).toMatch(new RegExp(`^ARG NODE_IMAGE=node:${pinned.replace(/\./g, '\\.')}-`, 'm'));
    const typesNode = (JSON.parse(read('package.json')) as { devDependencies: Record<string, string> }).devDependencies['@types/node'];
    expect(parts(typesNode.replace(/^[^\d]*/, ''))[0]).toBe(parts(pinned)[0]);
  });

  it('runs the tests (npm test) on it', () => {
    expect(atLeast(process.version, minimum!)).toBe(true);
  });

  it('runs every process npm start launches on the same node as the runner', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hr-child-node-'));
    const script = path.join(dir, 'report.js');
    fs.writeFileSync(script, "require('node:fs').writeFileSync(process.env.REPORT, process.version);\n");
    const child = startChild('report', script, { ...process.env, REPORT: path.join(dir, 'version') });
    expect(await child.exited).toEqual({ code: 0, signal: null });
    expect(fs.readFileSync(path.join(dir, 'version'), 'utf8')).toBe(process.version);
  });

  describe('infra/node-runtime.sh (the bootstrap step)', () => {
    it('names the pinned version (fetched once from the npm registry) when the machine has an older node', () => {
      const bin = nodeRuntime('v20.20.2');
      expect(bin).toMatch(new RegExp(`/node-v${pinned.replace(/\./g, '\\.')}-${process.platform}-${process.arch}/bin$`));
      expect(execFileSync(path.join(bin, 'node'), ['--version'], { encoding: 'utf8' }).trim()).toBe(`v${pinned}`);
    }, 120_000);

    it("keeps the machine's node when it is new enough", () => {
      expect(nodeRuntime(`v${parts(minimum!)[0]}.99.0`)).toBe('');
    });
  });
});
