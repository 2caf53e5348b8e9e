// Tests run from TypeScript sources through swc (no type-check here: `npm run typecheck` does that).
const fs = require('node:fs');
const path = require('node:path');

const { $schema, ...swcrc } = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));

// Packages published only as ES modules. jest's own require(esm) (Node >= 24.9) needs --experimental-vm-modules,
// so swc turns them into CommonJS instead (sanitize-html's htmlparser2 family lives nested under it).
const ESM_ONLY = ['agenda', '@agendajs/mongo-backend', 'marked', ...['htmlparser2', 'domhandler', 'domutils', 'dom-serializer', 'domelementtype', 'entities']].join('|');

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false, sourceMaps: 'inline' }],
    // The built services require() them natively; jest needs them compiled.
    [`/node_modules/(${ESM_ONLY})/.+\\.js$`]: ['@swc/jest', { ...swcrc, swcrc: false }],
  },
  // Ignored: a package that is not in the list and has no package nested under it.
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY})/)(?!.*/node_modules/)`],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@hr/(workflow|contracts|platform|testing)$': '<rootDir>/packages/$1/src',
    '^@hr/contracts/(.*)$': '<rootDir>/packages/contracts/src/$1',
  },
  testMatch: ['<rootDir>/**/test/**/*.test.ts', '<rootDir>/e2e/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/\\.data/'],
  modulePathIgnorePatterns: ['<rootDir>/\\.data/'],
  watchPathIgnorePatterns: ['<rootDir>/\\.data/'],
  testTimeout: 60000,
  maxWorkers: 2,
};
