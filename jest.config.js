// Tests run from TypeScript sources through swc (no type-check here: `npm run typecheck` does that).
const fs = require('node:fs');
const path = require('node:path');

const { $schema, ...swcrc } = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));

const ESM_ONLY = ['agenda', '@agendajs/mongo-backend', 'marked'].join('|');

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false, sourceMaps: 'inline' }],
    // agenda 6, its MongoDB backend and marked ship only ES modules: Node >= 20.19 require()s them natively, jest (< Node 24.9) does not.
    [`/node_modules/(${ESM_ONLY})/.+\\.js$`]: ['@swc/jest', { ...swcrc, swcrc: false }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY})/)`],
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
