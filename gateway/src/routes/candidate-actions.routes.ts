import type { AnyRoute } from '../openapi/route-registry';
import { actionRouteFactory } from './action-routes';
import { CANDIDATE_TAGS, RECRUITERS } from './candidate-intake.routes';
import type { RouteDeps } from './route-deps';
import { candidateSchema, classifyBody, reasonBody } from './schemas/candidate.schemas';

const action = actionRouteFactory({ basePath: '/api/v1/candidates', tags: CANDIDATE_TAGS, entity: 'candidate', schema: candidateSchema });

export function candidateActionRoutes({ resumes }: RouteDeps): AnyRoute[] {
  return [
    action({
      action: 'classify',
      operationId: 'classifyCandidate',
      summary: 'Set the tags and categories (talent pools)',
      roles: RECRUITERS,
      body: classifyBody,
      call: (id, body) => resumes.classifyCandidate({ id, ...body }),
    }),
    action({
      action: 'archive',
      operationId: 'archiveCandidate',
      summary: 'Archive a candidate (reason required)',
      roles: RECRUITERS,
      body: reasonBody,
      call: (id, body) => resumes.archiveCandidate({ id, reason: body.reason }),
    }),
    action({
      action: 'restore',
      operationId: 'restoreCandidate',
      summary: 'Bring an archived candidate back to active',
      roles: RECRUITERS,
      call: (id) => resumes.restoreCandidate({ id }),
    }),
    action({
      action: 'blacklist',
      operationId: 'blacklistCandidate',
      summary: 'Blacklist a candidate (reason required)',
      description: 'Any later upload, ingestion or application of this person (same phone or email) is refused.',
      roles: RECRUITERS,
      body: reasonBody,
      call: (id, body) => resumes.blacklistCandidate({ id, reason: body.reason }),
    }),
    action({
      action: 'unblacklist',
      operationId: 'unblacklistCandidate',
      summary: 'Lift a blacklisting (HR managers only, reason required)',
      roles: ['hr_manager'],
      body: reasonBody,
      call: (id, body) => resumes.unblacklistCandidate({ id, reason: body.reason }),
    }),
  ];
}
