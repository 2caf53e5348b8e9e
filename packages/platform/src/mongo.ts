import mongoose, { Connection, ConnectOptions } from 'mongoose';
import type { Logger } from './logger';

export interface MongoOptions {
  url: string;
  dbName: string;
  logger: Logger;
  attempts?: number;
  retryDelayMs?: number;
}

const BASE_OPTIONS: ConnectOptions = {
  serverSelectionTimeoutMS: 5000,
  // FerretDB has no sessions: keep the driver from relying on them.
  retryWrites: false,
  autoIndex: true,
};

/**
 * One connection per service database; retried so a service may start before its database.
 * On FerretDB the pool is one connection: FerretDB v1 applies concurrent updates to the same
 * document as read-modify-write without a check, so parallel connections lose updates
 * ($inc, version-guarded writes). One connection serialises this process's operations.
 */
export async function connectMongo(options: MongoOptions): Promise<Connection> {
  const connection = await connectWithRetry(options, BASE_OPTIONS);
  if (!(await isFerretDb(connection))) return connection;
  await connection.close();
  options.logger.info('FerretDB detected: one connection per process');
  return connectWithRetry(options, { ...BASE_OPTIONS, maxPoolSize: 1 });
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

async function isFerretDb(connection: Connection): Promise<boolean> {
  const info = await connection.db!.admin().command({ buildInfo: 1 });
  return typeof info.ferretdbVersion === 'string';
}

/** Builds indexes declared on the connection's models (autoIndex runs them in the background). */
export async function syncIndexes(connection: Connection): Promise<void> {
  for (const model of Object.values(connection.models)) await model.createIndexes();
}
