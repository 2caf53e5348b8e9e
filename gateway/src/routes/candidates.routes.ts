import { z } from 'zod';
import { DomainError } from '@hr/platform';
import { AnyRoute, defineRoute } from '../openapi/route-registry';
import { CANONICAL_MIME_TYPES } from '../uploads/resume-file-type';
import { attachmentDisposition } from '../uploads/content-disposition';
import { CANDIDATE_TAGS, RECRUITERS } from './candidate-intake.routes';
import { present } from './present';
import { mergeProfile, presentTimelineEntry } from './resume.mappers';
import { RouteDeps, pageOf } from './route-deps';
import { profilePatchBody } from './schemas/candidate-profile.schemas';
import { candidateFileParams, candidateSchema, mergeBody, timelineEntrySchema } from './schemas/candidate.schemas';
import { listEnvelope, pageQueryShape, serviceIdParams } from './schemas/common.schemas';

const SERVABLE = new Set(CANONICAL_MIME_TYPES);

export function candidateRoutes({ resumes }: RouteDeps): AnyRoute[] {
  const getCandidate = async (id: string) => present((await resumes.getCandidate({ id })).candidate, 'candidate');
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/candidates/{id}',
      operationId: 'getCandidate',
      summary: 'Get a candidate with their resumes, corrections and sources',
      tags: CANDIDATE_TAGS,
      roles: RECRUITERS,
      params: serviceIdParams,
      responses: { 200: { description: 'The candidate', schema: candidateSchema } },
      handler: ({ params }) => getCandidate(params.id),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/v1/candidates/{id}',
      operationId: 'updateCandidate',
      summary: 'Correct profile fields (each correction is kept with who and when)',
      tags: CANDIDATE_TAGS,
      roles: RECRUITERS,
      params: serviceIdParams,
      body: profilePatchBody,
      responses: { 200: { description: 'The updated candidate', schema: candidateSchema } },
      handler: async ({ params, body }) => {
        const current = await getCandidate(params.id);
        // The version read above guards the merge: a change in between answers 409 instead of being lost.
        const update = { id: params.id, profile: mergeProfile(current.profile, body), expectedVersion: current.version };
        return present((await resumes.updateCandidate(update)).candidate, 'candidate');
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/candidates/{id}/resumes/{fileId}',
      operationId: 'downloadResume',
      summary: 'Download a resume file as it was uploaded',
      description: 'Always an attachment; the file name is given in UTF-8 (RFC 5987) with an ASCII fallback.',
      tags: CANDIDATE_TAGS,
      roles: RECRUITERS,
      params: candidateFileParams,
      responses: { 200: { description: 'The file', mediaTypes: [...CANONICAL_MIME_TYPES, 'application/octet-stream'] } },
      handler: async ({ params, res }) => {
        const { file, data } = await resumes.getResumeFile({ candidateId: params.id, fileId: params.fileId });
        if (!file) throw DomainError.notFound('RESUME_FILE_NOT_FOUND', params.fileId);
        res.status(200);
        res.setHeader('Content-Type', SERVABLE.has(file.mimeType) ? file.mimeType : 'application/octet-stream');
        res.setHeader('Content-Disposition', attachmentDisposition(file.filename));
        res.setHeader('Content-Length', String(data.length));
        res.setHeader('Cache-Control', 'private, no-store');
        res.end(data);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/candidates/{id}/timeline',
      operationId: 'getCandidateTimeline',
      summary: "The person's history: every change to them and their applications, newest first",
      tags: CANDIDATE_TAGS,
      roles: RECRUITERS,
      params: serviceIdParams,
      query: z.object({ ...pageQueryShape }),
      responses: { 200: { description: 'A page of timeline entries', schema: listEnvelope(timelineEntrySchema) } },
      handler: async ({ params, query: { page, pageSize } }) => {
        const result = await resumes.getTimeline({ candidateId: params.id, page: { page, pageSize } });
        return { data: result.entries.map(presentTimelineEntry), page: result.page ?? pageOf(page, pageSize, 0) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/candidates/{id}/merge',
      operationId: 'mergeCandidates',
      summary: 'Merge a duplicate (sourceId) into this candidate',
      description: 'Resumes, applications, tags and sources move over; the duplicate keeps only a pointer.',
      tags: CANDIDATE_TAGS,
      roles: RECRUITERS,
      params: serviceIdParams,
      body: mergeBody,
      responses: { 200: { description: 'The merged candidate', schema: candidateSchema } },
      handler: async ({ params, body }) => {
        if (body.sourceId === params.id) throw DomainError.invalid('sourceId', 'not_self');
        return present((await resumes.mergeCandidates({ targetId: params.id, sourceId: body.sourceId })).candidate, 'candidate');
      },
    }),
  ];
}
