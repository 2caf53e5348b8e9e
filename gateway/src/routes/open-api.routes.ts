import { DomainError } from '@hr/platform';
import { AnyRoute, apiKeyScopes, defineRoute } from '../openapi/route-registry';
import { present } from './present';
import { toProfile } from './resume.mappers';
import { RouteDeps, pageOf } from './route-deps';
import { listEnvelope } from './schemas/common.schemas';
import { ingestResultSchema, ingestResumeBody, openRequisitionSchema, openRequisitionsQuery } from './schemas/open-api.schemas';

const TAGS = ['open API (third parties)'];

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
            sourcing: {
              channel: body.sourcing?.channel ?? 'job_board',
              detail: body.sourcing?.detail ?? apiKey.name,
              referrerEmployeeId: '',
              invitingHrId: '',
              responsibleHrId: '',
            },
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
