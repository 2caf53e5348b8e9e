import { credentials, makeGenericClientConstructor, ServiceError } from '@grpc/grpc-js';
import { service as healthService } from 'grpc-health-check';
import { requisitionV1 } from '@hr/contracts';
import {
  CallInfo,
  createGrpcClient,
  currentContext,
  DomainError,
  GrpcServer,
  Principal,
  requirePrincipal,
  runWithContext,
} from '@hr/platform';
import { silentLogger } from '@hr/testing';

const { Requisition, RequisitionServiceClient, RequisitionServiceService } = requisitionV1;
const SECRET = 'grpc-test-secret-with-at-least-32-characters';
const logger = silentLogger();
const hr: Principal = { userId: 'u-hr', roles: ['hr', 'approver'], departmentId: 'dep-hr', name: 'Li Hua' };

let server: GrpcServer;
let address: string;
const heldCalls: (() => void)[] = [];
const releaseHeldCalls = () => heldCalls.splice(0).forEach((release) => release());

/** Echoes who called and with which correlation id, as the handler saw them. */
async function echo(request: requisitionV1.GetRequisitionRequest, call: CallInfo) {
  const principal = requirePrincipal(call);
  return {
    requisition: Requisition.fromPartial({
      id: request.id,
      createdBy: principal.userId,
      departmentId: principal.departmentId ?? '',
      status: principal.roles.join(','),
      number: call.correlationId,
      positionTitle: currentContext()?.correlationId ?? '',
    }),
  };
}

beforeAll(async () => {
  server = new GrpcServer({ port: 0, bindAddress: '127.0.0.1', principalSecret: SECRET, logger });
  server.add(RequisitionServiceService, {
    getRequisition: echo,
    submitRequisition: async () => {
      throw new DomainError('invalid_argument', 'VALIDATION_FAILED', 'the requisition is incomplete', [
        { field: 'headcount', rule: 'min', message: 'at least 1' },
        { field: 'positionId', rule: 'required' },
      ]);
    },
    approveRequisition: async () => {
      throw DomainError.forbidden('NOT_CURRENT_APPROVER', 'only the hr approver can decide now');
    },
    rejectRequisition: async () => {
      throw new Error('database password is hunter2');
    },
    pauseRequisition: async () => {
      // Held until the test lets it go: a call that ends before that was ended by its deadline.
      await new Promise<void>((resolve) => heldCalls.push(resolve));
      return { requisition: Requisition.fromPartial({ id: 'late' }) };
    },
  });
  address = `127.0.0.1:${await server.start()}`;
});

afterAll(async () => {
  releaseHeldCalls();
  await server?.stop();
});

function client(principalSecret = SECRET, target = address) {
  return createGrpcClient(RequisitionServiceService, RequisitionServiceClient, { address: target, principalSecret, deadlineMs: 2000 });
}

async function failure(call: Promise<unknown>): Promise<DomainError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('gRPC server and client', () => {
  let requisitions: ReturnType<typeof client>;
  beforeAll(() => {
    requisitions = client();
  });
  afterAll(() => requisitions.close());

  it('gives the handler the verified principal and the caller’s correlation id', async () => {
    const response = await runWithContext({ correlationId: 'corr-grpc-1' }, () =>
      requisitions.getRequisition({ id: 'r-1' }, { principal: hr }),
    );
    expect(response.requisition).toMatchObject({
      id: 'r-1',
      createdBy: 'u-hr',
      departmentId: 'dep-hr',
      status: 'hr,approver',
      number: 'corr-grpc-1',
      positionTitle: 'corr-grpc-1',
    });
  });

  it('takes the principal from the current context when the call names none', async () => {
    const response = await runWithContext({ correlationId: 'corr-grpc-2', principal: hr }, () =>
      requisitions.getRequisition({ id: 'r-2' }),
    );
    expect(response.requisition).toMatchObject({ createdBy: 'u-hr', number: 'corr-grpc-2' });
  });

  it('starts a correlation id when there is none, and replaces one unsafe to log', async () => {
    const fresh = await requisitions.getRequisition({ id: 'r-3' }, { principal: hr });
    expect(fresh.requisition?.number).toMatch(/^[0-9a-f-]{36}$/);
    const unsafe = 'line\nbreak';
    const replaced = await runWithContext({ correlationId: unsafe }, () => requisitions.getRequisition({ id: 'r-3' }, { principal: hr }));
    expect(replaced.requisition?.number).not.toBe(unsafe);
    expect(replaced.requisition?.number).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers a call without a principal as unauthenticated', async () => {
    const error = await failure(requisitions.getRequisition({ id: 'r-4' }));
    expect(error).toMatchObject({ kind: 'unauthenticated', reason: 'PRINCIPAL_REQUIRED' });
  });

  it('rejects a principal token signed with another secret as unauthenticated', async () => {
    const forger = client('a-different-secret-that-is-also-32-chars-long');
    try {
      const error = await failure(forger.getRequisition({ id: 'r-5' }, { principal: { ...hr, roles: ['admin'] } }));
      expect(error).toMatchObject({ kind: 'unauthenticated', reason: 'INVALID_PRINCIPAL_TOKEN' });
    } finally {
      forger.close();
    }
  });

  it('delivers a DomainError to the client with the same kind, reason, message and violations', async () => {
    const error = await failure(requisitions.submitRequisition({ id: 'r-6' }, { principal: hr }));
    expect(error).toMatchObject({ kind: 'invalid_argument', reason: 'VALIDATION_FAILED', message: 'the requisition is incomplete' });
    expect(error.violations).toEqual([
      { field: 'headcount', rule: 'min', message: 'at least 1' },
      { field: 'positionId', rule: 'required' },
    ]);
    const denied = await failure(requisitions.approveRequisition({ id: 'r-6', comment: '' }, { principal: hr }));
    expect(denied).toMatchObject({ kind: 'permission_denied', reason: 'NOT_CURRENT_APPROVER', violations: [] });
  });

  it('hides the message of an unexpected error behind kind internal', async () => {
    const error = await failure(requisitions.rejectRequisition({ id: 'r-7', comment: 'no' }, { principal: hr }));
    expect(error).toMatchObject({ kind: 'internal', reason: 'INTERNAL' });
    expect(error.message).not.toContain('hunter2');
  });

  it('ends a call at its deadline with kind unavailable, while the handler has not answered', async () => {
    const error = await failure(requisitions.pauseRequisition({ id: 'r-8', comment: '' }, { principal: hr, deadlineMs: 50 }));
    expect(error).toMatchObject({ kind: 'unavailable', reason: 'UNAVAILABLE', message: expect.stringMatching(/deadline/i) });
    releaseHeldCalls();
  });

  it('maps an unreachable server to kind unavailable', async () => {
    const nowhere = client(SECRET, '127.0.0.1:1');
    try {
      const error = await failure(nowhere.getRequisition({ id: 'r-9' }, { principal: hr, deadlineMs: 1000 }));
      expect(error).toMatchObject({ kind: 'unavailable' });
    } finally {
      nowhere.close();
    }
  });

  it('serves grpc.health.v1.Health as SERVING', async () => {
    const HealthClient = makeGenericClientConstructor(healthService, 'grpc.health.v1.Health');
    const health = new HealthClient(address, credentials.createInsecure()) as unknown as {
      check(request: { service: string }, callback: (error: ServiceError | null, response: { status: string }) => void): void;
      close(): void;
    };
    try {
      const response = await new Promise<{ status: string }>((resolve, reject) =>
        health.check({ service: '' }, (error, reply) => (error ? reject(error) : resolve(reply))),
      );
      expect(response.status).toBe('SERVING');
    } finally {
      health.close();
    }
  });
});
