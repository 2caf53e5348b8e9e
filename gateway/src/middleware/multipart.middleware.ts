import type { Request, RequestHandler } from 'express';
import multer, { MulterError } from 'multer';
import { DomainError, FieldViolation, violation } from '@hr/platform';
import { safeFilename } from '../uploads/content-disposition';
import { ACCEPTED_TYPES_TEXT, detectResumeFileType } from '../uploads/resume-file-type';
import type { UploadedFile } from '../uploads/uploaded-file';
import { assertNoForbiddenKeys } from './forbidden-keys.middleware';
import { HttpProblem } from './problem';

/** How a route takes multipart/form-data (declared on the route; documented in OpenAPI from the same spec). */
export interface MultipartSpec {
  /** The part name of the file(s). */
  fileField: string;
  maxFiles: number;
  /** Text parts that carry a JSON object (OpenAPI's default encoding of an object property). */
  jsonFields?: string[];
  /** application/json is accepted as well, then without a file. */
  allowJson?: boolean;
  /** A multipart request must carry at least one file. */
  requireFile?: boolean;
}

export interface UploadLimits {
  maxFileBytes: number;
}

const TEXT_FIELD_BYTES = 256 * 1024;
const MAX_TEXT_FIELDS = 30;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  return bytes >= 1024 ? `${+(bytes / 1024).toFixed(1)} KiB` : `${bytes} bytes`;
}

function multerProblem(error: unknown, spec: MultipartSpec, limits: UploadLimits): unknown {
  if (!(error instanceof MulterError)) {
    if (error instanceof Error && !(error instanceof DomainError) && !(error instanceof HttpProblem)) {
      return new HttpProblem(400, 'invalid_argument', 'MALFORMED_MULTIPART', `the multipart body could not be read: ${error.message}`);
    }
    return error;
  }
  const field = error.field ?? spec.fileField;
  const filename = (error as MulterError & { filename?: string }).filename;
  switch (error.code) {
    case 'LIMIT_FILE_SIZE': {
      const params = { filename: safeFilename(filename ?? ''), max: formatBytes(limits.maxFileBytes) };
      const tooLarge = violation(field, 'max_size', params);
      return new HttpProblem(413, 'payload_too_large', 'FILE_TOO_LARGE', tooLarge.message!, [tooLarge], params);
    }
    case 'LIMIT_FILE_COUNT':
    case 'LIMIT_UNEXPECTED_FILE':
      if (field === spec.fileField || error.code === 'LIMIT_FILE_COUNT') {
        return DomainError.invalid(spec.fileField, 'max_items', { max: spec.maxFiles });
      }
      return DomainError.invalid(field, 'unexpected_file', { field: spec.fileField });
    case 'LIMIT_FIELD_VALUE':
      return DomainError.invalid(field, 'max_length', { max: formatBytes(TEXT_FIELD_BYTES) }, 'max_bytes');
    default:
      return new HttpProblem(400, 'invalid_argument', 'MALFORMED_MULTIPART', `the multipart body was refused: ${error.message}`);
  }
}

/** Size was checked while streaming; here each file's content must match its declared type. */
export function checkFiles(files: Express.Multer.File[], spec: MultipartSpec): UploadedFile[] {
  if (spec.requireFile && files.length === 0) {
    throw DomainError.invalid(spec.fileField, 'required');
  }
  const checked: UploadedFile[] = [];
  const unsupported: FieldViolation[] = [];
  const refusedNames: string[] = [];
  files.forEach((file, index) => {
    const filename = safeFilename(file.originalname);
    const field = spec.maxFiles > 1 ? `${spec.fileField}.${index}` : spec.fileField;
    if (file.size === 0) throw DomainError.invalid(field, 'non_empty', { filename }, 'empty_file');
    const type = detectResumeFileType({ filename, declaredMimeType: file.mimetype, data: file.buffer });
    if (!type) {
      unsupported.push(violation(field, 'file_type', { filename, accepted: ACCEPTED_TYPES_TEXT }));
      refusedNames.push(filename);
      return;
    }
    checked.push({ index, filename, ...type, size: file.size, data: file.buffer });
  });
  if (unsupported.length) {
    const message = unsupported.map((v) => v.message).join('; ');
    throw new HttpProblem(415, 'unsupported_media_type', 'UNSUPPORTED_FILE_TYPE', message, unsupported, { files: refusedNames, accepted: ACCEPTED_TYPES_TEXT });
  }
  return checked;
}

function parseJsonFields(req: Request, names: string[]): void {
  const body = { ...(req.body as Record<string, unknown>) };
  for (const name of names) {
    const raw = body[name];
    if (raw === undefined) continue;
    try {
      if (typeof raw !== 'string') throw new Error('not a single text part');
      body[name] = JSON.parse(raw);
    } catch {
      throw DomainError.invalid(name, 'json');
    }
  }
  assertNoForbiddenKeys('body', body);
  req.body = body;
}

/**
 * Reads multipart/form-data into memory within the limits (413 names the file), then checks each
 * file's type by declared type AND magic bytes (415 names the file). Runs after authentication.
 */
export function multipartParser(spec: MultipartSpec, limits: UploadLimits): RequestHandler {
  const upload = multer({
    storage: multer.memoryStorage(),
    defParamCharset: 'utf8',
    limits: {
      fileSize: limits.maxFileBytes,
      files: spec.maxFiles,
      fields: MAX_TEXT_FIELDS,
      fieldSize: TEXT_FIELD_BYTES,
      fieldNameSize: 100,
      parts: spec.maxFiles + MAX_TEXT_FIELDS,
    },
  }).array(spec.fileField, spec.maxFiles);
  return (req, res, next) => {
    if (spec.allowJson && req.is('application/json')) {
      res.locals.uploads = [];
      next();
      return;
    }
    if (!req.is('multipart/form-data')) {
      const accepted = spec.allowJson ? 'multipart/form-data or application/json' : 'multipart/form-data';
      next(new HttpProblem(415, 'unsupported_media_type', 'UNSUPPORTED_CONTENT_TYPE', `send the request as ${accepted}`, [], { accepted }));
      return;
    }
    upload(req, res, (error?: unknown) => {
      if (error) {
        next(multerProblem(error, spec, limits));
        return;
      }
      try {
        res.locals.uploads = checkFiles((req.files as Express.Multer.File[] | undefined) ?? [], spec);
        parseJsonFields(req, spec.jsonFields ?? []);
        next();
      } catch (problem) {
        next(problem);
      }
    });
  };
}
