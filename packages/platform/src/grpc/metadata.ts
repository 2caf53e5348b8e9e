import { Metadata } from '@grpc/grpc-js';

export const CORRELATION_HEADER = 'x-correlation-id';
export const PRINCIPAL_HEADER = 'x-principal-token';

export function readHeader(metadata: Metadata, key: string): string | undefined {
  const value = metadata.get(key)[0];
  return typeof value === 'string' ? value : undefined;
}
