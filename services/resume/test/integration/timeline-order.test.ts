import type { Connection } from 'mongoose';
import { CandidateArchived, CandidateRestored } from '@hr/contracts';
import { buildEvent, connectMongo, syncIndexes } from '@hr/platform';
import { dropDatabase, silentLogger, testEnv, uniqueName } from '@hr/testing';
import { type TimelineRepository, timelineEntryOf } from '../../src/app/timeline';
import { resumeModels } from '../../src/infra/resume.models';
import { mongoTimelineRepository } from '../../src/infra/timeline.repository';

const INSTANT = new Date('2026-06-01T08:00:00Z');

/** Facts of one instant, as one write's outbox holds them: archived, restored, archived again… */
function factsOfOneInstant(candidateId: string, count: number) {
  return Array.from({ length: count }, (_, i) =>
    i % 2 === 0
      ? buildEvent(CandidateArchived, { candidateId, reason: `第${i + 1}次` }, { source: 'resume', now: INSTANT })
      : buildEvent(CandidateRestored, { candidateId }, { source: 'resume', now: INSTANT }),
  );
}

describe('timeline order (FerretDB/MongoDB)', () => {
  const { mongoUrl } = testEnv();
  const dbName = uniqueName('resume_timeline');
  let connection: Connection;
  let timeline: TimelineRepository;

  beforeAll(async () => {
    connection = await connectMongo({ url: mongoUrl, dbName, logger: silentLogger() });
    const models = resumeModels(connection);
    await syncIndexes(connection);
    timeline = mongoTimelineRepository(models);
  });

  afterAll(async () => {
    await connection?.close();
    await dropDatabase(mongoUrl, dbName);
  });

  const readAll = async (candidateId: string, pageSize: number) => {
    const ids: string[] = [];
    for (let page = 1; ; page++) {
      const { items, total } = await timeline.list(candidateId, { page, pageSize });
      ids.push(...items.map((entry) => entry.id));
      if (items.length === 0 || ids.length >= total) return ids;
    }
  };

  it('lists facts of the same instant newest first in the order they happened, on every read and every page size', async () => {
    const events = factsOfOneInstant('c-same-instant', 8);
    const later = buildEvent(CandidateArchived, { candidateId: 'c-same-instant', reason: '之后' }, { source: 'resume', now: new Date(INSTANT.getTime() + 1000) });
    // Consumers may store them in any order (retries, redeliveries): arrival order must not matter.
    for (const event of [events[5], later, events[2], events[7], events[0], events[6], events[3], events[1], events[4]]) {
      await timeline.append(timelineEntryOf(event)!);
    }
    const expected = [later, ...[...events].reverse()].map((event) => event.id);
    for (const pageSize of [100, 3, 2, 1]) expect(await readAll('c-same-instant', pageSize)).toEqual(expected);
  });

  it('puts a fact that comes later in the same instant on top, leaving what was already shown in place', async () => {
    const [first, second, third] = factsOfOneInstant('c-growing', 3);
    await timeline.append(timelineEntryOf(first)!);
    await timeline.append(timelineEntryOf(second)!);
    expect(await readAll('c-growing', 10)).toEqual([second.id, first.id]);
    await timeline.append(timelineEntryOf(third)!);
    expect(await readAll('c-growing', 10)).toEqual([third.id, second.id, first.id]);
  });

  it('has an index that serves the read: candidate, then time, then the tie-breaking id', async () => {
    const indexes = await connection.db!.collection('timeline').indexes();
    expect(indexes.map((index) => index.key)).toContainEqual({ candidateId: 1, at: -1, _id: -1 });
  });
});
