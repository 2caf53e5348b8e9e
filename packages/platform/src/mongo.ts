import mongoose, { Connection, ConnectOptions } from 'mongoose';
import type { Logger } from './logger';

export interface MongoOptions {
  url: string;
  dbName: string;
  logger: Logger;
  /** Connections in the driver's pool (MONGO_POOL_SIZE). */
  poolSize?: number;
  attempts?: number;
  retryDelayMs?: number;
}

export const DEFAULT_MONGO_POOL_SIZE = 10;

const BASE_OPTIONS: ConnectOptions = {
  serverSelectionTimeoutMS: 5000,
  // FerretDB has no sessions: keep the driver from relying on them.
  retryWrites: false,
  autoIndex: true,
};

/**
 * One connection pool per service database; retried so a service may start before its database.
 * Concurrent writes of one document are safe on a pool: the database checks a write's filter
 * (e.g. the version) when it writes (MongoDB; FerretDB with infra/ferretdb's patch).
 */
export async function connectMongo(options: MongoOptions): Promise<Connection> {
  return connectWithRetry(options, { ...BASE_OPTIONS, maxPoolSize: options.poolSize ?? DEFAULT_MONGO_POOL_SIZE });
}

async function connectWithRetry(options: MongoOptions, connectOptions: ConnectOptions): Promise<Connection> {
  const { url, dbName, logger, attempts = 30, retryDelayMs = 1000 } = options;
  for (let attempt = 1; ; attempt += 1) {
    const connection = mongoose.createConnection(url, { ...connectOptions, dbName });
    try {
      await connection.asPromise();
      logger.info({ dbName }, 'mongo connected');
      return connection;
    } catch (error) {
      await connection.close().catch(() => undefined);
      if (attempt >= attempts) throw error;
      logger.warn({ attempt, err: (error as Error).message }, 'mongo not reachable, retrying');
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs));
    }
  }
}

/** Builds indexes declared on the connection's models (autoIndex runs them in the background). */
export async function syncIndexes(connection: Connection): Promise<void> {
  for (const model of Object.values(connection.models)) await model.createIndexes();
}
