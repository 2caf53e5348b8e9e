import type { Request, Response } from 'express';
import { DomainError, Logger, ReasonCode, violation } from '@hr/platform';
import { reasonTexts } from '@hr/workflow';
import { HttpProblem } from '../middleware/problem';
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
  if (accepted === 0 && errors.length > 0) throw noFileAccepted(errors, results, context.field);
  return { results, accepted, failed: errors.length };
}

/** What one file was refused for, in every language (a 5xx says no more than that it failed). */
function refusalOf(error: unknown, problem: ProblemDocument) {
  const reason = problem.reason as ReasonCode;
  if (problem.status >= 500) return reasonTexts(problem.status === 503 ? 'UNAVAILABLE' : 'INTERNAL');
  const params = error instanceof DomainError || error instanceof HttpProblem ? error.params : {};
  return reasonTexts(reason, params);
}

/** Every file failed (so `errors` and `results` line up): the first file's problem, each file's in `errors`. */
function noFileAccepted(errors: unknown[], results: Array<FileOutcome<object>>, field: string): DomainError {
  const [first] = errors;
  const base = first instanceof DomainError ? first : new DomainError('internal', 'INTERNAL', 'unexpected error');
  const violations = results.map((result, index) => {
    const { problem } = result as { problem: ProblemDocument };
    const detail = refusalOf(errors[index], problem);
    return violation(`${field}.${index}`, problem.reason as ReasonCode, { filename: result.filename, detail }, 'file_refused');
  });
  const message = results.length > 1 ? `no file was accepted: ${base.message}` : base.message;
  return new DomainError(base.kind, base.reason, message, violations, base.params);
}
