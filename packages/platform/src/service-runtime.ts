import type { Connection } from 'mongoose';
import { AmqpConnection } from './broker/amqp-connection';
import { EventPublisher } from './broker/event-publisher';
import type { Logger } from './logger';
import { connectMongo } from './mongo';

export interface ServiceRuntime {
  connection: Connection;
  amqp: AmqpConnection;
  publisher: EventPublisher;
  /** Closes the broker, then the database (call after the gRPC server and relay have stopped). */
  close(): Promise<void>;
}

/** What every service opens first: its own database, the broker and a confirming publisher. */
export async function connectServiceRuntime(
  config: { MONGO_URL: string; MONGO_DB: string; MONGO_POOL_SIZE?: number; AMQP_URL: string; AMQP_EXCHANGE: string; AMQP_CONNECT_RETRIES?: number },
  logger: Logger,
): Promise<ServiceRuntime> {
  const connection = await connectMongo({ url: config.MONGO_URL, dbName: config.MONGO_DB, poolSize: config.MONGO_POOL_SIZE, logger });
  const amqp = new AmqpConnection({ url: config.AMQP_URL, logger, initialRetries: config.AMQP_CONNECT_RETRIES });
  try {
    await amqp.connect();
  } catch (error) {
    // The database is already open: a broker that cannot be reached must not leave it behind.
    await connection.close().catch(() => undefined);
    throw error;
  }
  const publisher = new EventPublisher(amqp, config.AMQP_EXCHANGE, logger);
  return {
    connection,
    amqp,
    publisher,
    async close() {
      await amqp.close();
      await connection.close();
    },
  };
}
