import { GridFSBucket } from 'mongodb';
import type { Connection } from 'mongoose';
import type { ResumeFileStore } from '../app/ports';

/** Resume files live in GridFS in the service's own database (bucket `resumes`). */
export function gridFsFileStore(connection: Connection): ResumeFileStore {
  const bucket = new GridFSBucket(connection.db as never, { bucketName: 'resumes' });
  return {
    put: (file) =>
      new Promise((resolve, reject) => {
        const upload = bucket.openUploadStreamWithId(file.id as never, file.filename, { metadata: { mimeType: file.mimeType } });
        upload.once('error', reject).once('finish', () => resolve());
        upload.end(file.data);
      }),
    async get(id) {
      const [info] = await bucket.find({ _id: id as never }).toArray();
      if (!info) return undefined;
      const chunks: Buffer[] = [];
      for await (const chunk of bucket.openDownloadStream(id as never)) chunks.push(chunk as Buffer);
      return { id, filename: info.filename, mimeType: String(info.metadata?.mimeType ?? 'application/octet-stream'), data: Buffer.concat(chunks) };
    },
  };
}
