import { seedTeam, seedUser } from '../support/seed-users';
import { stubOffer } from '../support/stub-offer-fixtures';
import { StubOfferService, startStubOfferService } from '../support/stub-offer-service';
import { RunningGateway, TEST_SECRET, httpClient, startGateway } from '../support/test-gateway';

/** The seeded users by the one role each holds. */
const ROLE_OF: Record<string, string> = {
  admin: 'admin',
  hr: 'hr',
  hrm: 'hr_manager',
  manager: 'dept_manager',
  gm: 'general_manager',
  interviewer: 'interviewer',
  approver: 'approver',
  employee: 'employee',
};
const HR = ['hr', 'hr_manager'];
const APPROVERS = ['hr_manager', 'dept_manager', 'general_manager', 'approver'];
const READERS = ['hr', ...APPROVERS];

/** Who may call each offer route (independent of the route declarations). */
const ACCESS: Array<[string, string, string[]]> = [
  ['POST', '/api/v1/offers', HR],
  ['GET', '/api/v1/offers', READERS],
  ['GET', '/api/v1/offers/awaiting-my-approval', APPROVERS],
  ['GET', '/api/v1/offers/o1', READERS],
  ['PATCH', '/api/v1/offers/o1', HR],
  ['POST', '/api/v1/offers/o1/submit', HR],
  ['POST', '/api/v1/offers/o1/approve', APPROVERS],
  ['POST', '/api/v1/offers/o1/reject', APPROVERS],
  ['POST', '/api/v1/offers/o1/return', APPROVERS],
  ['POST', '/api/v1/offers/o1/withdraw', HR],
  ['POST', '/api/v1/offers/o1/send', HR],
  ['GET', '/api/v1/offers/o1/sends', READERS],
  ['GET', '/api/v1/offers/o1/sends/1/letter.pdf', HR],
  ['POST', '/api/v1/offers/o1/answer', HR],
  ['GET', '/api/v1/offer-templates', HR],
  ['POST', '/api/v1/offer-templates', HR],
  ['POST', '/api/v1/offer-templates/preview', HR],
  ['GET', '/api/v1/offer-templates/t1/versions', HR],
  ['GET', '/api/v1/offer-templates/t1/versions/latest', HR],
];

describe('who may call the offer routes (stub offer service, real database)', () => {
  let stub: StubOfferService;
  let running: RunningGateway;
  let request: ReturnType<typeof httpClient>;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    stub = await startStubOfferService(`${TEST_SECRET}-internal`);
    running = await startGateway({ OFFER_GRPC_URL: stub.address });
    request = httpClient(running.baseUrl);
    ({ tokens } = await seedTeam(running));
    tokens.gm = (await seedUser(running, { email: 'gm@example.com', name: '郑总', roles: ['general_manager'] })).token;
    stub.offers.set('o1', stubOffer('o1'));
  });

  afterAll(async () => {
    await running?.stop();
    await stub?.stop();
  });

  it.each(ACCESS)('%s %s: 401 without a token, 403 ROLE_REQUIRED for other roles, through for its roles', async (method, path, allowed) => {
    const body = method === 'GET' ? undefined : {};
    const anonymous = await request(method, path, { body });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.reason).toBe('AUTHENTICATION_REQUIRED');
    for (const [user, role] of Object.entries(ROLE_OF)) {
      const res = await request(method, path, { token: tokens[user], body });
      if (allowed.includes(role)) {
        expect({ role, reason: res.body?.reason }).not.toEqual({ role, reason: 'ROLE_REQUIRED' });
        expect(res.status).not.toBe(401);
      } else {
        expect({ role, status: res.status, reason: res.body?.reason }).toEqual({ role, status: 403, reason: 'ROLE_REQUIRED' });
      }
    }
  });

  it('lets anybody reach the public answer links, without a token', async () => {
    const res = await request('GET', '/public/v1/offer-responses/abc.def', { headers: { accept: 'application/json' } });
    expect(res.status).toBe(403);
    expect(res.body.reason).toBe('OFFER_LINK_INVALID');
  });

  it('includes the offer service in readiness', async () => {
    const ready = await request('GET', '/readyz');
    expect(ready.body.checks).toMatchObject({ offer: 'up' });
    await stub.stop();
    const down = await request('GET', '/readyz');
    expect(down.status).toBe(503);
    expect(down.body.checks.offer).toBe('down');
  });
});
