import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Writes one raw message as `<dir>/<time>-<id>.eml` (via a temporary name, so readers never see half a file). */
export async function writeEmlFile(dir: string, id: string, raw: Buffer, now = new Date()): Promise<string> {
  await mkdir(dir, { recursive: true });
  const safeId = id.replace(/[^A-Za-z0-9_-]/g, '_');
  const file = path.join(dir, `${now.toISOString().replace(/[:.]/g, '-')}-${safeId}.eml`);
  await writeFile(`${file}.tmp`, raw);
  await rename(`${file}.tmp`, file);
  return file;
}
