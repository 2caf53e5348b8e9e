import { requisitionV1 } from '@hr/contracts';
import { DomainError, PromiseClient, createGrpcClient } from '@hr/platform';
import type { Principal } from '@hr/workflow';
import type { RequisitionDirectory } from '../app/ports';

/** This service asks as itself (not as the caller): whether a requisition is open is not a personal question. */
const SERVICE_PRINCIPAL: Principal = { userId: 'service:resume', roles: [], scopes: ['requisitions:read'] };

export type RequisitionClient = PromiseClient<requisitionV1.RequisitionServiceClient>;

export function grpcRequisitionDirectory(options: { address: string; principalSecret: string; deadlineMs?: number }) {
  const client: RequisitionClient = createGrpcClient(requisitionV1.RequisitionServiceService, requisitionV1.RequisitionServiceClient, options);
  const directory: RequisitionDirectory = {
    async find(requisitionId) {
      try {
        const { requisition } = await client.getRequisition({ id: requisitionId }, { principal: SERVICE_PRINCIPAL });
        return requisition && { id: requisition.id, departmentId: requisition.departmentId, status: requisition.status };
      } catch (error) {
        if (error instanceof DomainError && error.kind === 'not_found') return undefined;
        throw error;
      }
    },
  };
  return { directory, close: () => client.close() };
}
