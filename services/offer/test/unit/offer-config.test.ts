import { ConfigError, loadConfig } from '@hr/platform';
import { approvalLevels, offerConfigSchema } from '../../src/config';

const base = {
  MONGO_URL: 'mongodb://127.0.0.1:27017',
  AMQP_URL: 'amqp://127.0.0.1',
  INTERNAL_TOKEN_SECRET: 'x'.repeat(32),
};

describe('offer service configuration', () => {
  it('has the offer defaults: port 50055, database hr_offer, the resume and requisition services, three unconditional levels', () => {
    const config = loadConfig(offerConfigSchema, base);
    expect(config).toMatchObject({ GRPC_PORT: 50055, MONGO_DB: 'hr_offer', PUBLIC_BASE_URL: 'http://localhost:8080' });
    expect(config).toMatchObject({ RESUME_GRPC_URL: '127.0.0.1:50052', REQUISITION_GRPC_URL: '127.0.0.1:50051' });
    expect(config.OFFER_PDF_FONT).toBe('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc');
    expect(approvalLevels(config).map((l) => [l.role, l.when])).toEqual([
      ['hr_manager', undefined],
      ['dept_manager', undefined],
      ['general_manager', undefined],
    ]);
  });

  it('makes the general manager conditional with a threshold, and treats an empty variable as unset', () => {
    const config = loadConfig(offerConfigSchema, { ...base, OFFER_GM_APPROVAL_ABOVE: '500000', OFFER_LINK_SECRET: '' });
    expect(approvalLevels(config)[2]).toEqual({ key: 'general_manager', role: 'general_manager', when: { fact: 'annualCash', above: 500000 } });
    expect(config.OFFER_LINK_SECRET).toBeUndefined();
  });

  it('reads levels from JSON, conditional ones included', () => {
    const levels = [
      { key: 'hr_manager', role: 'hr_manager' },
      { key: 'ceo', role: 'general_manager', userIds: ['u-ceo'], when: { fact: 'monthlyBase', above: 50000 } },
    ];
    const config = loadConfig(offerConfigSchema, { ...base, OFFER_APPROVAL_LEVELS: JSON.stringify(levels) });
    expect(approvalLevels(config)).toEqual(levels);
  });

  it.each([
    ['OFFER_APPROVAL_LEVELS', 'not json', /OFFER_APPROVAL_LEVELS: must be JSON/],
    ['OFFER_APPROVAL_LEVELS', '[{"key":"x","role":"boss"}]', /OFFER_APPROVAL_LEVELS/],
    ['OFFER_APPROVAL_LEVELS', '[{"key":"x","role":"hr","when":{"fact":"age","above":1}}]', /OFFER_APPROVAL_LEVELS/],
    ['OFFER_LINK_SECRET', 'short', /OFFER_LINK_SECRET: must be at least 32 characters/],
    ['PUBLIC_BASE_URL', 'ftp://x', /PUBLIC_BASE_URL/],
  ])('stops on a bad %s, naming it', (name, value, message) => {
    expect(() => loadConfig(offerConfigSchema, { ...base, [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig(offerConfigSchema, { ...base, [name]: value })).toThrow(message);
  });
});
