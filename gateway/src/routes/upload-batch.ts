import type { Request, Response } from 'express';
import { DomainError, Logger } from '@hr/platform';
import { problemFor } from '../middleware/problem.middleware';
import type { ProblemDocument } from '../middleware/problem';
import type { UploadedFile } from '../uploads/uploaded-file';

export type FileOutcome<T> =
  | ({ filename: string; ok: true } & T)
  | { filename: string; ok: false; problem: ProblemDocument };

/**
 * Sends each file to the service in turn (so two resumes of one person in one batch meet as
 * duplicates), keeping each file's success or problem. When no file was accepted the whole request
 * fails with the first file's problem, every file's reason listed in `errors`.
 */
export async function processFiles<T extends object>(
  files: UploadedFile[],
  context: { req: Request; res: Response; logger: Logger; field: string },
  send: (file: UploadedFile) => Promise<T>,
): Promise<{ results: Array<FileOutcome<T>>; accepted: number; failed: number }> {
  const results: Array<FileOutcome<T>> = [];
  const errors: unknown[] = [];
  for (const [index, file] of files.entries()) {
    try {
      results.push({ filename: file.filename, ok: true, ...(await send(file)) });
    } catch (error) {
      const problem = problemFor(context.req, context.res, error);
      // By position, not name: resume file names usually carry the candidate's name.
      if (problem.status >= 500) context.logger.warn({ err: error, fileIndex: index, reason: problem.reason }, 'file upload failed');
      results.push({ filename: file.filename, ok: false, problem });
      errors.push(error);
    }
  }
  const accepted = results.length - errors.length;
  if (accepted === 0 && errors.length > 0) throw noFileAccepted(errors[0], results, context.field);
  return { results, accepted, failed: errors.length };
}

function noFileAccepted(first: unknown, results: Array<FileOutcome<object>>, field: string): DomainError {
  const base = first instanceof DomainError ? first : new DomainError('internal', 'INTERNAL', 'unexpected error');
  const violations = results.map((result, index) => {
    const problem = (result as { problem: ProblemDocument }).problem;
    return { field: `${field}.${index}`, rule: problem.reason, message: `${result.filename}: ${problem.detail}` };
  });
  const message = results.length > 1 ? `no file was accepted: ${base.message}` : base.message;
  return new DomainError(base.kind, base.reason, message, violations);
}
