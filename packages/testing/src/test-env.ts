import { randomBytes } from 'node:crypto';

export interface TestEnv {
  mongoUrl: string;
  amqpUrl: string;
}

/** The servers integration tests run against; the test runner starts them and sets these variables. */
export function testEnv(): TestEnv {
  return { mongoUrl: required('MONGO_URL', 'a MongoDB or FerretDB'), amqpUrl: required('AMQP_URL', 'a RabbitMQ') };
}

function required(name: string, what: string): string {
  const value = process.env[name];
  // A missing server must fail the run loudly: a silently skipped integration test passes for nothing.
  if (!value) throw new Error(`${name} is not set: integration tests need ${what}; run them with \`npm test\`, which starts one`);
  return value;
}

/** Short, unique, engine-safe names (`t_<prefix>_<random>`) so parallel test files never share state. */
export function uniqueName(prefix: string): string {
  const clean = prefix.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 24) || 'x';
  return `t_${clean}_${randomBytes(5).toString('hex')}`;
}
