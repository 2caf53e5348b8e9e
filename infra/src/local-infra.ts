import path from 'node:path';
import { startEmbeddedDatabase } from './embedded-database';
import type { RunningServer } from './embedded-ferretdb';
import { startRabbitMq } from './embedded-rabbitmq';

export interface InfraOptions {
  dataDir: string;
  mongoPort: number;
  /** The embedded PostgreSQL that FerretDB stores its data in. */
  pgPort: number;
  amqpPort: number;
  rabbitNode: string;
  /** Wipe the database first (tests want a clean one); such data is not kept safe across a crash. */
  freshMongo?: boolean;
  /** Start the broker without what a previous run left in its queues. */
  freshBroker?: boolean;
}

export interface LocalInfra {
  mongoUrl: string;
  amqpUrl: string;
  stop(): Promise<void>;
}

const external = (url: string): RunningServer => ({ url, startedHere: false, stop: async () => undefined });

/** FerretDB on PostgreSQL and RabbitMQ, unless MONGO_URL / AMQP_URL point at running ones. */
export async function startLocalInfra(opts: InfraOptions, env: NodeJS.ProcessEnv = process.env): Promise<LocalInfra> {
  const t0 = Date.now();
  const [mongo, amqp] = await Promise.allSettled([
    env.MONGO_URL
      ? external(env.MONGO_URL)
      : startEmbeddedDatabase({ dataDir: opts.dataDir, port: opts.mongoPort, pgPort: opts.pgPort, fresh: opts.freshMongo }),
    env.AMQP_URL
      ? external(env.AMQP_URL)
      : startRabbitMq({ dataDir: path.join(opts.dataDir, 'rabbitmq'), port: opts.amqpPort, nodeName: opts.rabbitNode, fresh: opts.freshBroker }),
  ]);
  if (mongo.status === 'rejected' || amqp.status === 'rejected') {
    // Do not leave half the infra running when the other half failed.
    for (const r of [mongo, amqp]) if (r.status === 'fulfilled') await r.value.stop();
    throw mongo.status === 'rejected' ? mongo.reason : (amqp as PromiseRejectedResult).reason;
  }
  for (const [what, server] of [['MongoDB', mongo.value], ['RabbitMQ', amqp.value]] as const) {
    const how = server.startedHere ? 'started' : env[what === 'MongoDB' ? 'MONGO_URL' : 'AMQP_URL'] ? 'given' : 'reused';
    console.log(`infra: ${what} ${how} at ${redact(server.url)}`);
  }
  console.log(`infra: ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return {
    mongoUrl: mongo.value.url,
    amqpUrl: amqp.value.url,
    stop: async () => {
      await Promise.all([mongo.value.stop(), amqp.value.stop()]);
    },
  };
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
