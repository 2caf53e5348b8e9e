import { offerV1 } from '@hr/contracts';
import { PromiseClient, createGrpcClient } from '@hr/platform';
import { silentLogger, testEnv, uniqueName } from '@hr/testing';
import type { Principal } from '@hr/workflow';
import { OfferConfig, offerConfigSchema } from '../../src/config';
import { RunningOfferService, startOfferService } from '../../src/offer-service';

export const SECRET = 'integration-test-secret-0123456789abcdef';
export const PUBLIC_BASE_URL = 'https://hr.example.com';

export const hr: Principal = { userId: 'u-hr', roles: ['hr'], name: '王HR' };
export const hrManager: Principal = { userId: 'u-hrm', roles: ['hr_manager'], name: '赵经理' };
export const techHead: Principal = { userId: 'u-tech-head', roles: ['dept_manager'], departmentId: 'tech', name: '李四' };
export const generalManager: Principal = { userId: 'u-gm', roles: ['general_manager'], name: '周总' };

/** A config isolated by database, exchange and queue names, so test files share one broker and server. */
export function isolatedConfig(overrides: Record<string, string> = {}): OfferConfig {
  const { mongoUrl, amqpUrl } = testEnv();
  return offerConfigSchema.parse({
    MONGO_URL: mongoUrl,
    MONGO_DB: uniqueName('offer'),
    AMQP_URL: amqpUrl,
    AMQP_EXCHANGE: uniqueName('x'),
    AMQP_QUEUE_PREFIX: `${uniqueName('q')}.`,
    INTERNAL_TOKEN_SECRET: SECRET,
    GRPC_PORT: '0',
    OUTBOX_SWEEP_MS: '200',
    OFFER_JOBS_EVERY_MS: '200',
    // Agenda keeps a timer of half the lock alive after a run: short, so jest can exit.
    OFFER_JOB_LOCK_MS: '1000',
    OFFER_GM_APPROVAL_ABOVE: '400000',
    COMPANY_NAME: '示例科技',
    PUBLIC_BASE_URL,
    LOG_LEVEL: 'silent',
    ...overrides,
  });
}

/** A clock the test moves: `offsetMs` shifts the service's time from the real one. */
export class TestClock {
  offsetMs = 0;
  readonly now = () => new Date(Date.now() + this.offsetMs);
}

export function start(config: OfferConfig, clock = new TestClock()): Promise<RunningOfferService> {
  return startOfferService(config, silentLogger(), { now: clock.now });
}

export type OfferClient = PromiseClient<offerV1.OfferServiceClient>;

export function clientFor(service: RunningOfferService): OfferClient {
  return createGrpcClient(offerV1.OfferServiceService, offerV1.OfferServiceClient, {
    address: `127.0.0.1:${service.grpcPort}`,
    principalSecret: SECRET,
    deadlineMs: 20_000,
  });
}

const DAY = 86_400_000;

/** Terms of an offer for a fresh application, starting in 20 days (annual cash 452000: above the GM threshold). */
export function offerTerms(now: Date, overrides: Partial<offerV1.OfferTerms> = {}): offerV1.OfferTerms {
  const unique = uniqueName('app');
  return {
    applicationId: unique,
    candidateId: `cand-${unique}`,
    requisitionId: 'req-1',
    candidate: { name: '张三', email: 'zhangsan@example.com', locale: 'zh-CN' },
    positionId: 'pos-java',
    positionTitle: 'Java 开发工程师',
    departmentId: 'tech',
    departmentName: '技术部',
    grade: 'P6',
    salary: {
      currency: 'CNY',
      monthlyBase: '30000',
      monthsPerYear: 13,
      allowances: [{ name: '餐补', amount: '600' }, { name: '交通补贴', amount: '400.5' }],
      bonus: '49994',
    },
    probation: { months: 3, monthlySalary: '24000' },
    startDate: new Date(now.getTime() + 20 * DAY).toISOString().slice(0, 10),
    workLocation: '上海',
    contract: { type: 'fixed_term', years: 3 },
    reportingManager: { userId: techHead.userId, name: '李四' },
    expiresAt: new Date(now.getTime() + 7 * DAY),
    notes: '',
    ...overrides,
  };
}

/** A modest offer: 20000 × 12 = 240000, below the general manager's threshold. */
export const modestPay = {
  salary: { currency: 'CNY', monthlyBase: '20000', monthsPerYear: 12, allowances: [], bonus: '0' },
  probation: { months: 3, monthlySalary: '16000' },
};

/** Creates, submits and approves an offer through every level that applies; returns its id. */
export async function approvedOffer(client: OfferClient, terms: offerV1.OfferTerms): Promise<string> {
  const { offer } = await client.createOffer({ terms }, { principal: hr });
  const id = offer!.id;
  await client.submitOffer({ id }, { principal: hr });
  for (const approver of [hrManager, techHead, generalManager]) {
    const { offer: current } = await client.getOffer({ id }, { principal: hr });
    if (current!.status !== 'pending_approval') break;
    await client.approveOffer({ id, comment: '' }, { principal: approver });
  }
  return id;
}
