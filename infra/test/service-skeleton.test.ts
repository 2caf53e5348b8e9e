import fs from 'node:fs';
import path from 'node:path';

/** The shape docs/adding-a-service.md describes, held by every service so that one reads like the next. */
const root = path.resolve(__dirname, '../..');
const serviceNames = fs.readdirSync(path.join(root, 'services')).filter((name) => fs.existsSync(path.join(root, 'services', name, 'src')));
const read = (...parts: string[]) => fs.readFileSync(path.join(root, ...parts), 'utf8');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

const importsOf = (source: string) => [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1]);

describe.each(serviceNames)('services/%s', (name) => {
  const src = path.join(root, 'services', name, 'src');

  it('holds the skeleton and nothing beside it', () => {
    const allowed = ['domain', 'app', 'infra', 'grpc', 'events', 'jobs', 'config.ts', 'main.ts', `${name}-service.ts`];
    const entries = fs.readdirSync(src);
    expect(entries.filter((entry) => !allowed.includes(entry))).toEqual([]);
    for (const required of ['domain', 'app', 'infra', 'grpc', 'config.ts', 'main.ts', `${name}-service.ts`]) expect(entries).toContain(required);
  });

  it('keeps its agenda jobs in jobs/', () => {
    const usingAgenda = sourceFiles(src).filter((file) => /\bcreateAgenda\(|from 'agenda'/.test(fs.readFileSync(file, 'utf8')));
    expect(usingAgenda.map((file) => path.relative(src, file)).filter((file) => !file.startsWith(`jobs${path.sep}`))).toEqual([]);
  });

  it('has a main.ts that only wires: config, logger, the start of its composition file, shutdown', () => {
    const main = read('services', name, 'src', 'main.ts');
    expect(importsOf(main).sort()).toEqual(['./config', `./${name}-service`, '@hr/platform'].sort());
    expect(main).toMatch(/exitAfterFailedStart\(/);
    expect(read('services', name, 'src', `${name}-service.ts`)).toMatch(/startWithCleanup\(/);
  });
});

it("the gateway's main.ts only wires too", () => {
  const main = read('gateway', 'src', 'main.ts');
  expect(importsOf(main).sort()).toEqual(['./config', './gateway-server', '@hr/platform']);
  expect(main).toMatch(/exitAfterFailedStart\(/);
  expect(read('gateway', 'src', 'gateway-server.ts')).toMatch(/startWithCleanup\(/);
});

describe('workspace manifests', () => {
  const manifests = ['packages', 'services']
    .flatMap((group) => fs.readdirSync(path.join(root, group)).map((name) => path.join(group, name)))
    .concat(['gateway', 'infra'])
    .filter((dir) => fs.existsSync(path.join(root, dir, 'package.json')));

  it.each(manifests)('%s: main and types name files that exist', (dir) => {
    const manifest = JSON.parse(read(dir, 'package.json')) as { main?: string; types?: string };
    if (manifest.types) expect(fs.existsSync(path.join(root, dir, manifest.types))).toBe(true);
    // main is built output: its source must exist (npm run build makes the rest).
    if (manifest.main) expect(fs.existsSync(path.join(root, dir, manifest.main.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts')))).toBe(true);
  });

  it('the gateway and the services hold no index.ts nothing imports', () => {
    const entries = [...serviceNames.map((name) => path.join('services', name, 'src', 'index.ts')), path.join('gateway', 'src', 'index.ts')];
    expect(entries.filter((file) => fs.existsSync(path.join(root, file)))).toEqual([]);
  });
});
