import type { resumeV1 } from '@hr/contracts';
import { DomainError, type ErrorKind, type FieldViolation, type ReasonCode } from '@hr/platform';
import { problemFor } from '../middleware/problem.middleware';
import type { ProblemDocument } from '../middleware/problem';
import { AnyRoute, apiKeyScopes, defineRoute } from '../openapi/route-registry';
import { present } from './present';
import { toProfile } from './resume.mappers';
import { RouteDeps, pageOf } from './route-deps';
import { listEnvelope } from './schemas/common.schemas';
import {
  MAX_INGEST_BATCH,
  ingestBatchBody,
  ingestBatchResultSchema,
  ingestResultSchema,
  ingestResumeBody,
  openRequisitionSchema,
  openRequisitionsQuery,
} from './schemas/open-api.schemas';

const TAGS = ['open API (third parties)'];
/** A board names no referrer or HR: those are people of the company. */
const NO_PEOPLE = { referrerEmployeeId: '', invitingHrId: '', responsibleHrId: '' };

/** One resume of a batch as its own post would have been answered. */
function presentIngested(result: resumeV1.IngestedResume, problemOf: (error: DomainError) => ProblemDocument) {
  const { externalId, outcome, refusal } = result;
  if (outcome === 'refused' && refusal) {
    const problem = problemOf(new DomainError(refusal.kind as ErrorKind, refusal.reason as ReasonCode, refusal.message, refusal.violations as FieldViolation[]));
    return { externalId, status: problem.status, replayed: false, problem };
  }
  const ids = { candidateId: result.candidateId, ...(result.applicationId ? { applicationId: result.applicationId } : {}) };
  return { externalId, status: outcome === 'replayed' ? 200 : 201, ...ids, replayed: outcome === 'replayed' };
}

/** Routes for job boards and other systems, with scoped API keys (X-API-Key or Authorization: Bearer hrk_…). */
export function openApiRoutes({ resumes, requisitions, fileCallDeadlineMs }: RouteDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/open/v1/resumes',
      operationId: 'ingestResume',
      summary: 'Post a resume: structured JSON, a file, or both',
      description: [
        'application/json with `externalId` and `profile`, or multipart/form-data with a `file` (PDF, DOCX, DOC, TXT or an image) ' +
          'and the same fields (`profile` and `sourcing` as JSON parts).',
        "The key's source and your `externalId` identify the resume: posting it again answers 200 with the same ids and stores nothing. " +
          'Duplicates of known people are attached to them; a blacklisted person is refused (409 CANDIDATE_BLACKLISTED).',
      ].join('\n\n'),
      tags: TAGS,
      roles: apiKeyScopes('resumes:write'),
      multipart: { fileField: 'file', maxFiles: 1, jsonFields: ['profile', 'sourcing'], allowJson: true },
      body: ingestResumeBody,
      responses: {
        201: { description: 'Stored', schema: ingestResultSchema },
        200: { description: 'Posted before (same source and externalId): the same ids, nothing new stored', schema: ingestResultSchema },
      },
      handler: async ({ body, auth, res }) => {
        const file = res.locals.uploads?.[0];
        if (!file && !body.profile) throw DomainError.invalid('profile', 'required');
        const { apiKey } = auth;
        const response = await resumes.ingestResume(
          {
            source: apiKey.source,
            externalId: body.externalId,
            profile: body.profile ? toProfile(body.profile) : undefined,
            filename: file?.filename ?? '',
            mimeType: file?.mimeType ?? '',
            data: file?.data ?? Buffer.alloc(0),
            requisitionId: body.requisitionId ?? '',
            sourcing: { ...NO_PEOPLE, channel: body.sourcing?.channel ?? 'job_board', detail: body.sourcing?.detail ?? apiKey.name },
          },
          { deadlineMs: fileCallDeadlineMs },
        );
        const intake = present(response.intake, 'intake');
        // Ids only: a third party learns nothing of the pool beyond what it posted.
        res.status(response.replayed ? 200 : 201).json({
          candidateId: present(intake.candidate, 'candidate').id,
          ...(intake.application ? { applicationId: intake.application.id } : {}),
          replayed: response.replayed,
          parseFailed: intake.parseFailed,
        });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/open/v1/resumes/batch',
      operationId: 'ingestResumeBatch',
      summary: `Post up to ${MAX_INGEST_BATCH} structured resumes at once`,
      description: [
        'JSON only (a file goes to POST /open/v1/resumes). Each resume is handled exactly as its own post would be — same ' +
          'deduplication, replay by `externalId`, refusals — and answered in `results`, in order, with the status its own post ' +
          'would have had. The answer is 200 whenever the batch itself was valid, even if some resumes were refused.',
        'For boards that send many resumes: one batch costs the system a fraction of the same resumes posted one by one.',
      ].join('\n\n'),
      tags: TAGS,
      roles: apiKeyScopes('resumes:write'),
      body: ingestBatchBody,
      responses: { 200: { description: 'A result per resume', schema: ingestBatchResultSchema } },
      handler: async ({ body, auth, req, res }) => {
        const { apiKey } = auth;
        const items = body.resumes.map((resume) => ({
          source: apiKey.source,
          externalId: resume.externalId,
          profile: toProfile(resume.profile),
          filename: '',
          mimeType: '',
          data: Buffer.alloc(0),
          requisitionId: resume.requisitionId ?? '',
          sourcing: { ...NO_PEOPLE, channel: resume.sourcing?.channel ?? 'job_board', detail: resume.sourcing?.detail ?? apiKey.name },
        }));
        const { results } = await resumes.ingestResumes({ items });
        const presented = results.map((result) => presentIngested(result, (error) => problemFor(req, res, error)));
        const count = (status: (s: number) => boolean) => presented.filter((p) => status(p.status)).length;
        return { results: presented, stored: count((s) => s === 201), replayed: count((s) => s === 200), refused: count((s) => s >= 400) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/open/v1/requisitions',
      operationId: 'listOpenRequisitions',
      summary: 'The open requisitions (hiring demands) resumes may be posted for',
      tags: TAGS,
      roles: apiKeyScopes('requisitions:read'),
      query: openRequisitionsQuery,
      responses: { 200: { description: 'A page of open requisitions', schema: listEnvelope(openRequisitionSchema) } },
      handler: async ({ query: { page, pageSize } }) => {
        const result = await requisitions.listRequisitions({ statuses: ['open'], page: { page, pageSize } });
        const data = result.requisitions.map(({ id, number, positionTitle, headcount, workLocation, urgency, desiredStartDate }) => ({
          id,
          number,
          positionTitle,
          headcount,
          workLocation,
          urgency,
          desiredStartDate,
        }));
        return { data, page: result.page ?? pageOf(page, pageSize, 0) };
      },
    }),
  ];
}
