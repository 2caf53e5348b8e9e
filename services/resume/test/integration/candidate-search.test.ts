import type { Connection } from 'mongoose';
import { connectMongo } from '@hr/platform';
import { dropDatabase, silentLogger, testEnv, uniqueName } from '@hr/testing';
import type { CandidateSearchDocument, CandidateSearchIndex, CandidateSearchQuery } from '../../src/app/ports';
import { mongoCandidateSearchIndex, searchEngineFor, type SearchEngineName } from '../../src/infra/candidate-search.index';

function person(candidateId: string, fields: Partial<CandidateSearchDocument> & { skills?: string[]; employers?: string[]; schools?: string[]; resumeText?: string }): CandidateSearchDocument {
  const { skills = [], employers = [], schools = [], resumeText = '', ...rest } = fields;
  const name = rest.name ?? candidateId;
  const tags = rest.tags ?? [];
  return {
    candidateId, name, status: 'active', tags, categories: [], sourceChannels: ['job_board'], stages: ['new'], requisitionIds: [], hrIds: [],
    createdAt: new Date('2026-01-01T00:00:00Z'), updatedAt: new Date('2026-01-01T00:00:00Z'),
    ...rest,
    text: { name, skills, employers, schools, resumeText, tags: [...tags, ...(rest.categories ?? [])] },
  };
}

const people = [
  person('c-zhangwei', {
    name: '张伟', skills: ['Java', 'Spring Boot', 'MySQL'], employers: ['阿里巴巴（中国）有限公司'], schools: ['复旦大学'],
    resumeText: '2018年加入阿里巴巴，负责交易系统微服务改造，使用Spring Cloud与Redis。', city: '上海', yearsOfExperience: 6, educationRank: 3,
    tags: ['java', '后端'], categories: ['技术人才库'], sourceChannels: ['job_board'], stages: ['interview'], requisitionIds: ['req-1'], hrIds: ['hr-1'],
    createdAt: new Date('2026-01-10T02:00:00Z'), updatedAt: new Date('2026-03-01T02:00:00Z'),
  }),
  person('c-lina', {
    name: '李娜', skills: ['Python', '数据分析'], employers: ['腾讯科技'], schools: ['北京大学'], resumeText: '推荐人：张伟。擅长用户增长分析与A/B实验。',
    city: '北京', yearsOfExperience: 3, educationRank: 4, tags: ['数据'], categories: ['校招'], sourceChannels: ['campus'], stages: ['screening'],
    requisitionIds: ['req-2'], hrIds: ['hr-2'], createdAt: new Date('2026-02-01T02:00:00Z'), updatedAt: new Date('2026-02-02T02:00:00Z'),
  }),
  person('c-john', {
    name: 'John Smith', skills: ['Java', 'Spring Boot', 'Kubernetes'], employers: ['Google LLC'], schools: ['Stanford University'],
    resumeText: 'Senior engineer who built payment services on Kubernetes.', city: 'Shenzhen', yearsOfExperience: 10, educationRank: 5, tags: ['java'],
    categories: ['技术人才库'], sourceChannels: ['headhunter'], stages: ['offer'], requisitionIds: ['req-1'], hrIds: ['hr-1', 'hr-3'],
    createdAt: new Date('2025-12-01T02:00:00Z'), updatedAt: new Date('2026-02-20T02:00:00Z'),
  }),
  person('c-wangfang', {
    name: '王芳', skills: ['Java', 'Vue'], employers: ['字节跳动'], schools: ['复旦大学'], resumeText: '前端与全栈开发。', city: '上海', educationRank: 2,
    status: 'archived', sourceChannels: ['referral'], stages: ['rejected'], requisitionIds: ['req-2'], hrIds: ['hr-2'],
    createdAt: new Date('2026-03-05T02:00:00Z'), updatedAt: new Date('2026-03-05T02:00:00Z'),
  }),
  person('c-emily', {
    name: 'Emily Chen', skills: ['Product management'], employers: ['阿里巴巴集团'], schools: ['浙江大学'], resumeText: 'Product manager. 曾在复旦大学交流一学期。',
    city: '杭州', yearsOfExperience: 8, educationRank: 4, status: 'hired', sourceChannels: ['website'], stages: ['hired'], requisitionIds: ['req-3'], hrIds: ['hr-3'],
    createdAt: new Date('2026-01-20T02:00:00Z'), updatedAt: new Date('2026-01-25T02:00:00Z'),
  }),
];

const query = (extra: Partial<CandidateSearchQuery> = {}): CandidateSearchQuery => ({ sort: { field: 'createdAt', direction: 1 }, page: 1, pageSize: 50, ...extra });
const { mongoUrl } = testEnv();
const databases: string[] = [];
const connections: Connection[] = [];

async function connect(dbName: string): Promise<Connection> {
  const connection = await connectMongo({ url: mongoUrl, dbName, logger: silentLogger(), attempts: 1 });
  connections.push(connection);
  return connection;
}

afterAll(async () => {
  await Promise.all(connections.map((c) => c.close()));
  for (const name of databases) await dropDatabase(mongoUrl, name);
});

describe.each<SearchEngineName>(['memory', 'query'])('candidate search, %s engine', (engine) => {
  let index: CandidateSearchIndex;
  const ids = async (extra: Partial<CandidateSearchQuery>) => (await index.search(query(extra))).ids;
  const idSet = async (extra: Partial<CandidateSearchQuery>) => (await ids(extra)).sort();

  beforeAll(async () => {
    const dbName = uniqueName(`search_${engine}`);
    databases.push(dbName);
    index = mongoCandidateSearchIndex(await connect(dbName), { engine });
    for (const doc of people) await index.upsert(doc);
  });

  it.each([
    ['张伟', ['c-lina', 'c-zhangwei']],
    ['复旦大学', ['c-emily', 'c-wangfang', 'c-zhangwei']],
    ['阿里巴巴', ['c-emily', 'c-zhangwei']],
    ['Java', ['c-john', 'c-wangfang', 'c-zhangwei']],
    ['JAVA', ['c-john', 'c-wangfang', 'c-zhangwei']],
    ['Spring Boot', ['c-john', 'c-zhangwei']],
    ['微服务', ['c-zhangwei']],
    ['Kubernetes Google', ['c-john']],
    ['Java 复旦', ['c-wangfang', 'c-zhangwei']],
    ['Java 腾讯', []],
    ['区块链', []],
  ])('keywords %s find %j', async (keywords, expected) => {
    expect(await idSet({ keywords })).toEqual(expected);
  });

  it.each<[string, Partial<CandidateSearchQuery>, string[]]>([
    ['stages', { stages: ['offer', 'hired'] }, ['c-emily', 'c-john']],
    ['requisition', { requisitionId: 'req-1' }, ['c-john', 'c-zhangwei']],
    ['all of the tags', { tags: ['java', '后端'] }, ['c-zhangwei']],
    ['a tag', { tags: ['java'] }, ['c-john', 'c-zhangwei']],
    ['categories', { categories: ['技术人才库'] }, ['c-john', 'c-zhangwei']],
    ['source channel', { sourceChannel: 'referral' }, ['c-wangfang']],
    ['city', { city: '上海' }, ['c-wangfang', 'c-zhangwei']],
    ['city in other case', { city: 'shenzhen' }, ['c-john']],
    ['minimum years', { minYears: 6 }, ['c-emily', 'c-john', 'c-zhangwei']],
    ['maximum years', { maxYears: 6 }, ['c-lina', 'c-zhangwei']],
    ['years range', { minYears: 5, maxYears: 8 }, ['c-emily', 'c-zhangwei']],
    ['education', { minEducationRank: 4 }, ['c-emily', 'c-john', 'c-lina']],
    ['created range (inclusive)', { createdFrom: new Date('2026-01-10T02:00:00Z'), createdTo: new Date('2026-02-01T02:00:00Z') }, ['c-emily', 'c-lina', 'c-zhangwei']],
    ['HR', { hrId: 'hr-3' }, ['c-emily', 'c-john']],
    ['statuses', { statuses: ['archived', 'hired'] }, ['c-emily', 'c-wangfang']],
    ['keywords and filters', { keywords: 'Java', city: '上海', statuses: ['active'] }, ['c-zhangwei']],
    ['no filter', {}, ['c-emily', 'c-john', 'c-lina', 'c-wangfang', 'c-zhangwei']],
  ])('filters by %s', async (_what, filter, expected) => {
    expect(await idSet(filter)).toEqual(expected);
  });

  it.each<[CandidateSearchQuery['sort'], string[]]>([
    [{ field: 'createdAt', direction: 1 }, ['c-john', 'c-zhangwei', 'c-emily', 'c-lina', 'c-wangfang']],
    [{ field: 'createdAt', direction: -1 }, ['c-wangfang', 'c-lina', 'c-emily', 'c-zhangwei', 'c-john']],
    [{ field: 'updatedAt', direction: -1 }, ['c-wangfang', 'c-zhangwei', 'c-john', 'c-lina', 'c-emily']],
    [{ field: 'yearsOfExperience', direction: 1 }, ['c-wangfang', 'c-lina', 'c-zhangwei', 'c-emily', 'c-john']],
    [{ field: 'yearsOfExperience', direction: -1 }, ['c-john', 'c-emily', 'c-zhangwei', 'c-lina', 'c-wangfang']],
    [{ field: 'name', direction: 1 }, ['c-emily', 'c-john', 'c-zhangwei', 'c-lina', 'c-wangfang']],
  ])('sorts by %j', async (sort, expected) => {
    expect(await ids({ sort })).toEqual(expected);
  });

  it('sorts by relevance: name before skills before schools before resume text, then newest update', async () => {
    const relevance = { field: 'relevance', direction: -1 } as const;
    expect(await ids({ keywords: '张伟', sort: relevance })).toEqual(['c-zhangwei', 'c-lina']);
    expect(await ids({ keywords: '复旦', sort: relevance })).toEqual(['c-wangfang', 'c-zhangwei', 'c-emily']);
    expect(await ids({ keywords: 'Java', sort: relevance })).toEqual(['c-wangfang', 'c-zhangwei', 'c-john']);
  });

  it('paginates with the total of all matches', async () => {
    const page = (n: number) => index.search(query({ page: n, pageSize: 2 }));
    expect(await page(1)).toEqual({ ids: ['c-john', 'c-zhangwei'], total: 5 });
    expect(await page(2)).toEqual({ ids: ['c-emily', 'c-lina'], total: 5 });
    expect(await page(3)).toEqual({ ids: ['c-wangfang'], total: 5 });
    expect(await page(4)).toEqual({ ids: [], total: 5 });
    expect(await index.search(query({ keywords: 'Java', pageSize: 1, page: 2 }))).toEqual({ ids: ['c-zhangwei'], total: 3 });
  });

  it('replaces the old terms and filters on upsert, and repeating it changes nothing', async () => {
    const moved = person('c-zhangwei', { ...people[0], skills: ['Go', 'Kafka'], employers: ['字节跳动'], resumeText: '负责推荐系统。', city: '北京', tags: [] });
    await index.upsert(moved);
    await index.upsert(moved);
    expect(await idSet({ keywords: 'Java' })).toEqual(['c-john', 'c-wangfang']);
    expect(await idSet({ keywords: '阿里巴巴' })).toEqual(['c-emily']);
    expect(await idSet({ keywords: 'Kafka 字节跳动' })).toEqual(['c-zhangwei']);
    expect(await idSet({ city: '上海' })).toEqual(['c-wangfang']);
    expect((await index.search(query())).total).toBe(5);
    await index.upsert(people[0]!);
    expect(await idSet({ keywords: 'Java' })).toEqual(['c-john', 'c-wangfang', 'c-zhangwei']);
  });

  it('removes a person, and removing again or an unknown id is harmless', async () => {
    await index.remove('c-john');
    await index.remove('c-john');
    await index.remove('c-nobody');
    expect(await idSet({ keywords: 'Spring Boot' })).toEqual(['c-zhangwei']);
    expect((await index.search(query())).total).toBe(4);
    await index.upsert(people[2]!);
    expect(await idSet({ keywords: 'Spring Boot' })).toEqual(['c-john', 'c-zhangwei']);
  });
});

/** A pool with many ties (few days, repeated names, shared terms), to compare the engines on. */
function generatedPool(size: number): CandidateSearchDocument[] {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);
  return Array.from({ length: size }, (_, i) => {
    const created = Math.floor(random() * 30);
    return person(`g-${String(i).padStart(3, '0')}`, {
      name: pick(['张伟', '王芳', '李娜', 'John Smith', 'Emily Chen', '刘洋']),
      skills: [pick(['Java', 'Python', 'Go', 'Spring Boot']), pick(['数据分析', '销售', 'MySQL'])],
      employers: [pick(['阿里巴巴', '腾讯科技', '美团', 'Google'])],
      schools: [pick(['复旦大学', '浙江大学', '北京大学'])],
      resumeText: pick(['负责Java后端开发。', '擅长数据分析与销售。', '熟悉Spring Boot与MySQL。', '']),
      city: pick(['上海', '北京', '深圳', undefined]),
      yearsOfExperience: random() < 0.2 ? undefined : Math.floor(random() * 12),
      educationRank: Math.floor(random() * 6),
      status: pick(['active', 'active', 'archived', 'hired']),
      tags: random() < 0.5 ? [pick(['java', '急招'])] : [],
      categories: random() < 0.3 ? ['校招'] : [],
      sourceChannels: [pick(['job_board', 'referral', 'campus'])],
      stages: [pick(['new', 'screening', 'interview', 'offer'])],
      requisitionIds: [pick(['req-1', 'req-2', 'req-3'])],
      hrIds: [pick(['hr-1', 'hr-2'])],
      createdAt: day(created),
      updatedAt: day(created + Math.floor(random() * 10)),
    });
  });
}

describe('candidate search engines', () => {
  it('agree with each other on every sort, page and filter of a larger pool', async () => {
    const pool = generatedPool(90);
    const [memory, query_] = await Promise.all(
      (['memory', 'query'] as const).map(async (engine) => {
        const dbName = uniqueName(`search_agree_${engine}`);
        databases.push(dbName);
        const index = mongoCandidateSearchIndex(await connect(dbName), { engine });
        for (const doc of pool) await index.upsert(doc);
        return index;
      }),
    );
    const fields = ['createdAt', 'updatedAt', 'yearsOfExperience', 'name', 'relevance'] as const;
    const filters: Partial<CandidateSearchQuery>[] = [
      {}, { keywords: 'Java' }, { keywords: '复旦 数据分析' }, { keywords: '张伟 Spring' }, { statuses: ['active'], city: '上海' },
      { stages: ['offer', 'interview'], minYears: 3, maxYears: 8 }, { tags: ['java'], minEducationRank: 2 }, { keywords: 'Go', hrId: 'hr-1' },
      { createdFrom: new Date(Date.UTC(2026, 0, 5)), createdTo: new Date(Date.UTC(2026, 0, 20)), requisitionId: 'req-2' },
    ];
    let compared = 0;
    for (const [i, filter] of filters.entries()) {
      // Page 2 of 6 makes the memory engine select the top 12 with a heap when more than 48 match.
      for (const page of i === 0 ? [1, 2, 9, 15, 16] : [2]) {
        for (const field of fields) {
          for (const direction of [1, -1] as const) {
            const q = query({ ...filter, sort: { field, direction }, page, pageSize: 6 });
            expect({ q, result: await memory!.search(q) }).toEqual({ q, result: await query_!.search(q) });
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBe(130);
    expect((await memory!.search(query())).total).toBe(90);
  });

  it('sees what another process wrote (memory engine: reloads when the stored write count moved)', async () => {
    const dbName = uniqueName('search_shared');
    databases.push(dbName);
    const first = mongoCandidateSearchIndex(await connect(dbName), { engine: 'memory' });
    const second = mongoCandidateSearchIndex(await connect(dbName), { engine: 'memory' });
    await first.upsert(people[0]!);
    expect((await second.search(query({ keywords: 'Spring Boot' }))).ids).toEqual(['c-zhangwei']);
    await first.upsert(people[2]!);
    // The second has not seen John: its insert meets the stored one and replaces it.
    await second.upsert(person('c-john', { ...people[2], skills: ['Rust'] }));
    expect((await second.search(query({ keywords: 'Rust' }))).ids).toEqual(['c-john']);
    expect((await second.search(query({ keywords: 'Spring Boot' }))).ids).toEqual(['c-zhangwei']);
    expect((await first.search(query({ keywords: 'Rust' }))).ids).toEqual(['c-john']);
    await second.remove('c-zhangwei');
    await second.upsert(people[1]!);
    expect((await first.search(query())).ids).toEqual(['c-john', 'c-lina']);
    const restarted = mongoCandidateSearchIndex(await connect(dbName), { engine: 'memory' });
    expect((await restarted.search(query())).ids).toEqual(['c-john', 'c-lina']);
    expect((await restarted.search(query({ keywords: 'Rust' }))).ids).toEqual(['c-john']);
  });

  it('auto picks the memory engine on FerretDB and the query engine on MongoDB', async () => {
    const dbName = uniqueName('search_auto');
    databases.push(dbName);
    const connection = await connect(dbName);
    const info = await connection.db!.admin().command({ buildInfo: 1 });
    expect(await searchEngineFor(connection)).toBe(info.ferretdbVersion ? 'memory' : 'query');
  });
});
