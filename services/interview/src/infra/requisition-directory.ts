import { requisitionV1 } from '@hr/contracts';
import { DomainError, PromiseClient, createGrpcClient } from '@hr/platform';
import type { RequisitionDirectory } from '../app/ports';

export type RequisitionClient = PromiseClient<requisitionV1.RequisitionServiceClient>;

/** Asks the requisition service as the caller, for the position title and department an interview is shown with. */
export function grpcRequisitionDirectory(options: { address: string; principalSecret: string; deadlineMs?: number }) {
  const client: RequisitionClient = createGrpcClient(requisitionV1.RequisitionServiceService, requisitionV1.RequisitionServiceClient, options);
  const directory: RequisitionDirectory = {
    async requisition(id) {
      const { requisition } = await client.getRequisition({ id });
      if (!requisition) throw DomainError.notFound('requisition', id);
      return { id: requisition.id, positionTitle: requisition.positionTitle, departmentId: requisition.departmentId };
    },
  };
  return { directory, close: () => client.close() };
}
