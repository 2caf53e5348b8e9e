import type { Connection } from 'mongoose';
import type { DependencyCheck } from '../clients/grpc-health.client';

export function mongoHealthCheck(connection: Connection): DependencyCheck {
  return {
    name: 'mongo',
    check: async (timeoutMs) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const ping = (async () => {
        if (!connection.db) return false;
        await connection.db.command({ ping: 1 });
        return true;
      })().catch(() => false);
      try {
        return await Promise.race([ping, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
