import { requisitionV1, resumeV1 } from '@hr/contracts';
import { DomainError } from '@hr/workflow';
import { createGrpcClient } from '../grpc/grpc-client';

/** An application as services downstream of the pipeline (interview, offer) need it. */
export interface ApplicationFacts {
  id: string;
  candidateId: string;
  requisitionId: string;
  stage: string;
}

/** The person to write to. */
export interface CandidateContact {
  id: string;
  name: string;
  email?: string;
}

/** The hiring demand: the requisition carries the position's title as it was when the demand was raised. */
export interface RequisitionFacts {
  id: string;
  positionId: string;
  positionTitle: string;
  departmentId: string;
}

export interface DirectoryClientOptions {
  address: string;
  principalSecret: string;
  deadlineMs?: number;
}

/**
 * The resume service, asked as the caller (the principal of the request context travels in the
 * metadata), so HR's access to applications and candidates applies downstream as well.
 */
export function grpcApplicationDirectory(options: DirectoryClientOptions) {
  const client = createGrpcClient(resumeV1.ResumeServiceService, resumeV1.ResumeServiceClient, options);
  const directory = {
    async application(id: string): Promise<ApplicationFacts> {
      const { application } = await client.getApplication({ id });
      if (!application) throw DomainError.notFound('APPLICATION_NOT_FOUND', id);
      return { id: application.id, candidateId: application.candidateId, requisitionId: application.requisitionId, stage: application.stage };
    },
    async candidate(id: string): Promise<CandidateContact> {
      const { candidate } = await client.getCandidate({ id });
      if (!candidate) throw DomainError.notFound('CANDIDATE_NOT_FOUND', id);
      // The profile's address is the one HR chose; a candidate without one may still have others on file.
      const email = candidate.profile?.email || candidate.emails[0] || undefined;
      return { id: candidate.id, name: candidate.profile?.name ?? '', email };
    },
  };
  return { directory, close: () => client.close() };
}

/** The requisition service, asked as the caller. */
export function grpcRequisitionFacts(options: DirectoryClientOptions) {
  const client = createGrpcClient(requisitionV1.RequisitionServiceService, requisitionV1.RequisitionServiceClient, options);
  const directory = {
    async requisition(id: string): Promise<RequisitionFacts> {
      const { requisition } = await client.getRequisition({ id });
      if (!requisition) throw DomainError.notFound('REQUISITION_NOT_FOUND', id);
      const { positionId, positionTitle, departmentId } = requisition;
      return { id: requisition.id, positionId, positionTitle, departmentId };
    },
  };
  return { directory, close: () => client.close() };
}
