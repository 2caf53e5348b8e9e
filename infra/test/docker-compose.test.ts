import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { services } from '../src/services';

const root = path.resolve(__dirname, '../..');
const compose = (...args: string[]) =>
  spawnSync('docker-compose', ['-f', path.join(root, 'docker-compose.yml'), ...args], { cwd: root, encoding: 'utf8' });

describe('docker-compose.yml', () => {
  it('is valid for docker-compose', () => {
    const result = compose('config', '-q');
    expect(result.error).toBeUndefined();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('runs every service that npm start runs', () => {
    const result = compose('config', '--services');
    expect(result.status).toBe(0);
    const listed = result.stdout.split('\n');
    for (const spec of services) expect(listed).toContain(spec.name);
  });
});
