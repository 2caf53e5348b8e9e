import { assertSourcingPeople } from '../auth/recruiter-check';
import { AnyRoute, defineRoute } from '../openapi/route-registry';
import { present } from './present';
import { presentIntake, toProfile, toSourcing } from './resume.mappers';
import type { RouteDeps } from './route-deps';
import { createCandidateBody, intakeSchema } from './schemas/candidate.schemas';
import { MAX_UPLOAD_FILES, uploadBatchSchema, uploadFields } from './schemas/upload.schemas';
import { processFiles } from './upload-batch';

export const RECRUITERS = ['hr', 'hr_manager'] as const;
export const CANDIDATE_TAGS = ['candidates'];

export function candidateIntakeRoutes({ resumes, users, logger, fileCallDeadlineMs }: RouteDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/v1/candidates/uploads',
      operationId: 'uploadResumes',
      summary: 'Upload resumes (one or many files): each is parsed, deduplicated and filed',
      description: [
        `multipart/form-data with up to ${MAX_UPLOAD_FILES} files in \`files\` (PDF, DOCX, DOC, TXT; images are stored as attachments), ` +
          'each at most RESUME_MAX_FILE_BYTES (10 MiB by default). A file whose content does not match its declared type is refused (415).',
        'The caller is recorded as the inviting HR. Files are handled in order; the answer has one result per file. ' +
          'When some files are refused by the service (e.g. a blacklisted person: 409 CANDIDATE_BLACKLISTED) the answer is still 201, ' +
          'with `ok: false` and the problem for those files. When no file is accepted, the answer is the problem of the first file ' +
          '(its status), every file listed in `errors` as `files.N`. Size, type and count are checked before anything is stored.',
      ].join('\n\n'),
      tags: CANDIDATE_TAGS,
      roles: RECRUITERS,
      multipart: { fileField: 'files', maxFiles: MAX_UPLOAD_FILES, requireFile: true },
      body: uploadFields,
      responses: { 201: { description: 'At least one file was accepted: a result per file', schema: uploadBatchSchema } },
      handler: async ({ body, auth, req, res }) => {
        await assertSourcingPeople(users, body);
        const { requisitionId, candidateId, ...sourcing } = body;
        const source = toSourcing(sourcing, auth.principal.userId);
        return processFiles(res.locals.uploads ?? [], { req, res, logger, field: 'files' }, async (file) => {
          const request = { filename: file.filename, mimeType: file.mimeType, data: file.data, source };
          const response = await resumes.uploadResume(
            { ...request, requisitionId: requisitionId ?? '', candidateId: candidateId ?? '' },
            { deadlineMs: fileCallDeadlineMs },
          );
          return presentIntake(present(response.intake, 'intake'));
        });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/candidates',
      operationId: 'createCandidate',
      summary: 'Enter a candidate by hand (deduplicated like an upload)',
      tags: CANDIDATE_TAGS,
      roles: RECRUITERS,
      body: createCandidateBody,
      responses: { 201: { description: 'What happened: created, attached to a known person, or a merge suggestion', schema: intakeSchema } },
      handler: async ({ body, auth }) => {
        await assertSourcingPeople(users, body.source, 'source.');
        const response = await resumes.createCandidate({
          profile: toProfile(body.profile),
          source: toSourcing(body.source, auth.principal.userId),
          tags: body.tags,
          categories: body.categories,
          requisitionId: body.requisitionId ?? '',
        });
        return presentIntake(present(response.intake, 'intake'));
      },
    }),
  ];
}
