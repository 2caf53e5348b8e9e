import { gatewayConfigSchema, loadGatewayConfig, parseDurationSeconds } from '../../src/config';

const required = {
  MONGO_URL: 'mongodb://127.0.0.1:27017',
  JWT_SECRET: 'j'.repeat(32),
  INTERNAL_TOKEN_SECRET: 'i'.repeat(32),
};

describe('gateway config', () => {
  it('applies the documented defaults', () => {
    const config = gatewayConfigSchema.parse(required);
    expect(config).toMatchObject({
      GATEWAY_PORT: 8080,
      MONGO_DB: 'hr_gateway',
      ACCESS_TOKEN_TTL: 900,
      REFRESH_TOKEN_TTL: 14 * 86_400,
      REQUISITION_GRPC_URL: '127.0.0.1:50051',
      RESUME_GRPC_URL: '127.0.0.1:50052',
      INTERVIEW_GRPC_URL: '127.0.0.1:50053',
      NOTIFICATION_GRPC_URL: '127.0.0.1:50054',
      OFFER_GRPC_URL: '127.0.0.1:50055',
      PUBLIC_RATE_LIMIT: 30,
      COMPANY_TIMEZONE: 'Asia/Shanghai',
      RESUME_MAX_FILE_BYTES: 10 * 1024 * 1024,
      RESUME_UPLOAD_DEADLINE_MS: 30_000,
      OPEN_API_RATE_LIMIT: 120,
      CORS_ORIGINS: [],
      AUTH_RATE_LIMIT: 30,
      LOG_LEVEL: 'info',
    });
    expect(config).not.toHaveProperty('AMQP_URL');
  });

  it('parses durations, lists and optional admin settings', () => {
    const config = gatewayConfigSchema.parse({
      ...required,
      ACCESS_TOKEN_TTL: '15m',
      REFRESH_TOKEN_TTL: '7d',
      CORS_ORIGINS: 'https://a.example.cn, https://b.example.cn',
      ADMIN_EMAIL: 'Admin@Example.COM',
      ADMIN_PASSWORD: '',
    });
    expect(config.ACCESS_TOKEN_TTL).toBe(900);
    expect(config.REFRESH_TOKEN_TTL).toBe(7 * 86_400);
    expect(config.CORS_ORIGINS).toEqual(['https://a.example.cn', 'https://b.example.cn']);
    expect(config.ADMIN_EMAIL).toBe('admin@example.com');
    expect(config.ADMIN_PASSWORD).toBeUndefined();
  });

  it('stops with a message naming each bad variable', () => {
    expect(() => loadGatewayConfig({ ...required, JWT_SECRET: 'short', ACCESS_TOKEN_TTL: 'soon', ADMIN_PASSWORD: 'abc' })).toThrow(
      /JWT_SECRET[\s\S]*ACCESS_TOKEN_TTL[\s\S]*ADMIN_PASSWORD|JWT_SECRET/,
    );
    try {
      loadGatewayConfig({ ...required, JWT_SECRET: 'short', ACCESS_TOKEN_TTL: 'soon', ADMIN_PASSWORD: 'abc' });
    } catch (error) {
      const message = (error as Error).message;
      for (const name of ['JWT_SECRET', 'ACCESS_TOKEN_TTL', 'ADMIN_PASSWORD']) expect(message).toContain(name);
    }
  });

  it('takes the company time zone by its IANA name, in any case, and refuses others', () => {
    expect(gatewayConfigSchema.parse({ ...required, COMPANY_TIMEZONE: 'europe/berlin' }).COMPANY_TIMEZONE).toBe('Europe/Berlin');
    expect(() => loadGatewayConfig({ ...required, COMPANY_TIMEZONE: 'Mars/Olympus' })).toThrow(/COMPANY_TIMEZONE/);
    expect(() => loadGatewayConfig({ ...required, COMPANY_TIMEZONE: '+08:00' })).toThrow(/COMPANY_TIMEZONE/);
  });

  it.each([
    ['900', 900],
    ['900s', 900],
    ['15m', 900],
    ['2h', 7200],
    ['14d', 1_209_600],
    ['1500ms', 2],
    ['0', 0],
    ['abc', undefined],
    ['-5s', undefined],
  ])('parses the duration %s as %p seconds', (text, seconds) => {
    expect(parseDurationSeconds(text)).toBe(seconds);
  });
});
