import jwt from 'jsonwebtoken';
import { DomainError, Principal, signPrincipalToken, verifyPrincipalToken } from '@hr/platform';

const SECRET = 'unit-test-secret-that-is-long-enough-000';
const principal: Principal = { userId: 'u-1', roles: ['dept_manager', 'interviewer'], departmentId: 'dep-9', name: '王芳' };

function rejection(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected the token to be rejected');
}

describe('principal token', () => {
  afterEach(() => jest.useRealTimers());

  it('carries the principal from signer to verifier', () => {
    expect(verifyPrincipalToken(signPrincipalToken(principal, SECRET), SECRET)).toEqual(principal);
  });

  it('carries the scopes of a third-party key', () => {
    const key: Principal = { userId: 'apikey:k1', roles: [], name: '智联招聘', scopes: ['resumes:write'] };
    expect(verifyPrincipalToken(signPrincipalToken(key, SECRET), SECRET)).toEqual(key);
  });

  it('leaves out what the principal does not have', () => {
    const bare = verifyPrincipalToken(signPrincipalToken({ userId: 'u-2', roles: [] }, SECRET), SECRET);
    expect(bare).toEqual({ userId: 'u-2', roles: [], departmentId: undefined, name: undefined });
  });

  it('drops roles the system does not know', () => {
    const token = signPrincipalToken({ userId: 'u-3', roles: ['hr', 'root' as never] }, SECRET);
    expect(verifyPrincipalToken(token, SECRET).roles).toEqual(['hr']);
  });

  it('expires after its time to live', () => {
    jest.useFakeTimers({ now: new Date('2026-03-01T08:00:00Z') });
    const token = signPrincipalToken(principal, SECRET, 60);
    jest.setSystemTime(new Date('2026-03-01T08:00:59Z'));
    expect(verifyPrincipalToken(token, SECRET).userId).toBe('u-1');
    jest.setSystemTime(new Date('2026-03-01T08:01:01Z'));
    expect(rejection(() => verifyPrincipalToken(token, SECRET))).toMatchObject({
      kind: 'unauthenticated',
      reason: 'INVALID_PRINCIPAL_TOKEN',
    });
  });

  it('rejects a token signed with another secret', () => {
    const token = signPrincipalToken(principal, 'another-secret-that-is-long-enough-0000');
    expect(rejection(() => verifyPrincipalToken(token, SECRET)).kind).toBe('unauthenticated');
  });

  it('rejects a token whose claims were altered', () => {
    const [header, , signature] = signPrincipalToken(principal, SECRET).split('.');
    const payload = Buffer.from(JSON.stringify({ sub: 'u-1', roles: ['admin'], aud: 'hr-internal', iss: 'hr-gateway' })).toString('base64url');
    expect(rejection(() => verifyPrincipalToken(`${header}.${payload}.${signature}`, SECRET)).kind).toBe('unauthenticated');
  });

  it('rejects a token made for another audience or without a signature', () => {
    const foreign = jwt.sign({ roles: ['admin'] }, SECRET, { subject: 'u-1', audience: 'web', issuer: 'hr-gateway' });
    expect(rejection(() => verifyPrincipalToken(foreign, SECRET)).kind).toBe('unauthenticated');
    const unsigned = jwt.sign({ roles: ['admin'], aud: 'hr-internal', iss: 'hr-gateway', sub: 'u-1' }, '', { algorithm: 'none' });
    expect(rejection(() => verifyPrincipalToken(unsigned, SECRET)).kind).toBe('unauthenticated');
    expect(rejection(() => verifyPrincipalToken('not a token', SECRET)).kind).toBe('unauthenticated');
  });
});
