import { DomainError } from '@hr/platform';
import type { RequisitionClient } from '../../src/clients/requisition.client';
import type { ResumeClient } from '../../src/clients/resume.client';

/**
 * The two lookups the gateway makes before creating an offer (application → requisition → its
 * department, for the department's display name), answered in memory. Unknown applications are 404.
 */
export function offerDirectoryFakes(departmentId: () => string) {
  const asked: string[] = [];
  const resumeClient = {
    getApplication: async ({ id }: { id: string }) => {
      asked.push(`application:${id}`);
      if (id === 'missing') throw DomainError.notFound('APPLICATION_NOT_FOUND', id);
      return { application: { id, candidateId: 'c1', requisitionId: 'r1', stage: 'offer' } };
    },
    close: () => undefined,
  } as unknown as ResumeClient;
  const requisitionClient = {
    getRequisition: async ({ id }: { id: string }) => {
      asked.push(`requisition:${id}`);
      return { requisition: { id, departmentId: departmentId() } };
    },
    close: () => undefined,
  } as unknown as RequisitionClient;
  return { resumeClient, requisitionClient, asked };
}
