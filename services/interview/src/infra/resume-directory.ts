import { resumeV1 } from '@hr/contracts';
import { DomainError, PromiseClient, createGrpcClient } from '@hr/platform';
import type { ApplicationDirectory } from '../app/ports';

export type ResumeClient = PromiseClient<resumeV1.ResumeServiceClient>;

/**
 * Asks the resume service as the caller (the principal in the request context travels in the
 * metadata), so HR's access to applications and candidates applies here as well.
 */
export function grpcResumeDirectory(options: { address: string; principalSecret: string; deadlineMs?: number }) {
  const client: ResumeClient = createGrpcClient(resumeV1.ResumeServiceService, resumeV1.ResumeServiceClient, options);
  const directory: ApplicationDirectory = {
    async application(id) {
      const { application } = await client.getApplication({ id });
      if (!application) throw DomainError.notFound('application', id);
      return { id: application.id, candidateId: application.candidateId, requisitionId: application.requisitionId, stage: application.stage };
    },
    async candidate(id) {
      const { candidate } = await client.getCandidate({ id });
      if (!candidate) throw DomainError.notFound('candidate', id);
      const email = candidate.profile?.email || candidate.emails[0] || undefined;
      return { id: candidate.id, name: candidate.profile?.name ?? '', email };
    },
  };
  return { directory, close: () => client.close() };
}
