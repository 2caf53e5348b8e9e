// Tests run from TypeScript sources through swc (no type-check here: `npm run typecheck` does that).
const fs = require('node:fs');
const path = require('node:path');

const { $schema, ...swcrc } = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false, sourceMaps: 'inline' }] },
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
