import type { ResumeFileKind } from './resume-file-type';

/** One file of a multipart request after its size and type were checked. */
export interface UploadedFile {
  /** The index among the request's files (for `files.N` in errors). */
  index: number;
  filename: string;
  /** The canonical type of the detected content (not merely what the client declared). */
  mimeType: string;
  kind: ResumeFileKind;
  size: number;
  data: Buffer;
}
