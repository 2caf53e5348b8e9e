import type { ServiceDefinition } from '@grpc/grpc-js';
import { requisitionV1 } from '@hr/contracts';
import { CallInfo, DomainError, GrpcServer, createLogger } from '@hr/platform';

type Req = requisitionV1.Requisition;

export interface RecordedCall {
  method: string;
  request: any;
  call: CallInfo;
}

export function requisitionFrom(id: string, input: requisitionV1.RequisitionInput | undefined, createdBy: string): Req {
  return {
    id,
    number: `REQ-${id}`,
    positionTitle: 'Engineer',
    hiredCount: 0,
    status: 'draft',
    responsibleRecruiterId: '',
    helperRecruiterIds: [],
    createdBy,
    createdAt: new Date('2026-01-02T03:04:05.000Z'),
    updatedAt: new Date('2026-01-02T03:04:05.000Z'),
    closeReason: '',
    version: 1,
    positionId: '',
    departmentId: '',
    headcount: 0,
    reason: '',
    reasonNote: '',
    requirements: [],
    workLocation: '',
    urgency: '',
    ...input,
  };
}

/** An in-memory RequisitionService on a real gRPC server: records every call with its verified principal. */
export async function startStubRequisitionService(principalSecret: string) {
  const calls: RecordedCall[] = [];
  const store = new Map<string, Req>();
  let next = 1;
  const record = (method: string, request: unknown, call: CallInfo) => calls.push({ method, request, call });
  const get = (id: string) => {
    const found = store.get(id);
    if (!found) throw DomainError.notFound('REQUISITION_NOT_FOUND', id);
    return found;
  };
  const server = new GrpcServer({ port: 0, bindAddress: '127.0.0.1', principalSecret, logger: createLogger('stub', 'silent') });
  const handlers: Record<string, (request: any, call: CallInfo) => Promise<unknown>> = {
    createRequisition: async (request, call) => {
      record('createRequisition', request, call);
      const requisition = requisitionFrom(String(next++), request.requisition, call.principal?.userId ?? '');
      store.set(requisition.id, requisition);
      return { requisition };
    },
    getRequisition: async (request, call) => {
      record('getRequisition', request, call);
      return { requisition: get(request.id) };
    },
    updateRequisition: async (request, call) => {
      record('updateRequisition', request, call);
      const requisition = { ...get(request.id), ...request.requisition, version: get(request.id).version + 1 };
      store.set(request.id, requisition);
      return { requisition };
    },
    listRequisitions: async (request, call) => {
      record('listRequisitions', request, call);
      const all = [...store.values()];
      return { requisitions: all, page: { page: request.page?.page ?? 1, pageSize: request.page?.pageSize ?? 20, total: all.length } };
    },
    approveRequisition: async (request, call) => {
      record('approveRequisition', request, call);
      get(request.id);
      throw DomainError.forbidden('NOT_CURRENT_APPROVER', 'only the department approver can decide now');
    },
    assignRecruiters: async (request, call) => {
      record('assignRecruiters', request, call);
      const requisition = { ...get(request.id), responsibleRecruiterId: request.responsibleRecruiterId, helperRecruiterIds: request.helperRecruiterIds };
      store.set(request.id, requisition);
      return { requisition };
    },
    listPositions: async (request, call) => {
      record('listPositions', request, call);
      return { positions: [], page: { page: 1, pageSize: 20, total: 0 } };
    },
  };
  server.add(requisitionV1.RequisitionServiceService as unknown as ServiceDefinition, handlers as never);
  const port = await server.start();
  return { address: `127.0.0.1:${port}`, calls, store, stop: () => server.stop() };
}
