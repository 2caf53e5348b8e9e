import { baseConfigSchema, ConfigError, grpcServerConfigSchema, loadConfig } from '@hr/platform';

const valid = {
  MONGO_URL: 'mongodb://127.0.0.1:27017',
  MONGO_DB: 'hr_requisition',
  AMQP_URL: 'amqp://127.0.0.1:5672',
  INTERNAL_TOKEN_SECRET: 's'.repeat(32),
};
const schema = baseConfigSchema.extend(grpcServerConfigSchema.shape);

describe('loadConfig', () => {
  it('parses a valid environment and fills the defaults', () => {
    const config = loadConfig(schema, { ...valid, GRPC_PORT: '50051' });
    expect(config).toMatchObject({
      ...valid,
      GRPC_PORT: 50051,
      GRPC_BIND_ADDRESS: '127.0.0.1',
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      AMQP_EXCHANGE: 'hr.events',
      COMPANY_TIMEZONE: 'Asia/Shanghai',
    });
  });

  it('names a missing variable', () => {
    const { MONGO_URL: _omitted, ...rest } = valid;
    expect(() => loadConfig(schema, { ...rest, GRPC_PORT: '1' })).toThrow(ConfigError);
    expect(() => loadConfig(schema, { ...rest, GRPC_PORT: '1' })).toThrow(/MONGO_URL/);
  });

  it('names each bad variable with what is wrong with it', () => {
    const error = captured(() =>
      loadConfig(schema, { ...valid, AMQP_URL: 'http://x', INTERNAL_TOKEN_SECRET: 'short', GRPC_PORT: '70000' }),
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/AMQP_URL: must be an amqp:\/\/ URL/);
    expect(error.message).toMatch(/INTERNAL_TOKEN_SECRET: must be at least 32 characters/);
    expect(error.message).toMatch(/GRPC_PORT/);
    expect(error.message).not.toContain('short');
  });
});

function captured(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}
