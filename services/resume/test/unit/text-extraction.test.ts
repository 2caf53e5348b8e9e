import iconv from 'iconv-lite';
import { extractFields } from '../../src/domain/resume-fields';
import { pdfText } from '../../src/infra/pdf-text';
import { UnreadableDocumentError, extractText } from '../../src/infra/text-extraction';
import { buildDocx, buildPdf } from './document-builders';
import { NOW, chineseLabelled } from './resume-fixtures';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function failure(promise: Promise<unknown>): Promise<UnreadableDocumentError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnreadableDocumentError);
  return error as UnreadableDocumentError;
}

const lines = (text: string) => text.split('\n').filter((line) => line.trim());

describe('extractText: DOCX', () => {
  it('reads a Chinese resume with a table of personal facts, which then parses', async () => {
    const table = [
      ['姓名', '张伟', '性别', '男'],
      ['手机', '138-1234-5678', '邮箱', 'zhang.wei@163.com'],
    ];
    const data = await buildDocx(['教育背景', '2011.09-2015.06 复旦大学 计算机科学与技术 本科', '专业技能', 'Java、Spring Boot、MySQL'], table);
    const { kind, text } = await extractText(data, DOCX, '张伟-简历.docx');
    expect(kind).toBe('docx');
    expect(text).toContain('复旦大学 计算机科学与技术');
    expect(extractFields(text, { now: NOW })).toMatchObject({
      name: '张伟',
      gender: 'male',
      phone: '+8613812345678',
      email: 'zhang.wei@163.com',
      education: [{ school: '复旦大学', degree: 'bachelor', major: '计算机科学与技术', startYear: 2011, endYear: 2015 }],
      skills: ['Java', 'Spring Boot', 'MySQL'],
    });
  });

  it('reads an English resume', async () => {
    const data = await buildDocx(['JOHN SMITH', 'john.smith@example.com | +1 415 555 0100', 'EXPERIENCE', 'Google LLC — Senior Software Engineer, 2018 – Present']);
    const { kind, text } = await extractText(data, DOCX, 'john-smith.docx');
    expect(kind).toBe('docx');
    expect(extractFields(text, { now: NOW })).toMatchObject({
      name: 'John Smith',
      phone: '+14155550100',
      workHistory: [{ employer: 'Google LLC', title: 'Senior Software Engineer', startYear: 2018 }],
    });
  });

  it('goes by the bytes: a DOCX named and declared as PDF is read as DOCX', async () => {
    const data = await buildDocx(['李娜 人力资源']);
    await expect(extractText(data, PDF, 'resume.pdf')).resolves.toEqual({ kind: 'docx', text: '李娜 人力资源' });
  });

  it('refuses a truncated DOCX as corrupt', async () => {
    const data = (await buildDocx(['张伟'])).subarray(0, 2000);
    expect(await failure(extractText(data, DOCX, 'broken.docx'))).toMatchObject({ reason: 'corrupt', kind: 'docx' });
  });
});

describe('extractText: PDF', () => {
  it('reads a Chinese resume (embedded CJK font), which then parses', async () => {
    const data = await buildPdf(lines(chineseLabelled), { chinese: true });
    const { kind, text } = await extractText(data, PDF, '简历.pdf');
    expect(kind).toBe('pdf');
    expect(text).toContain('姓名：张伟');
    expect(extractFields(text, { now: NOW })).toMatchObject({
      name: '张伟',
      phone: '+8613812345678',
      email: 'zhang.wei@163.com',
      education: [{ school: '复旦大学' }, { school: '上海交通大学' }],
      workHistory: [{ employer: '上海携程商务有限公司' }, { employer: '阿里巴巴(中国)有限公司' }],
      skills: expect.arrayContaining(['Java', 'Spring Boot', 'Kubernetes']),
    });
  });

  it('reads an English resume with words kept apart', async () => {
    const data = await buildPdf(['Emily Chen', 'Phone: +852 9123 4567', 'Skills: SQL, Tableau, Excel'], { pages: 2 });
    const { kind, text } = await extractText(data, 'application/octet-stream', 'upload.bin');
    expect(kind).toBe('pdf');
    expect(lines(text)).toEqual(['Emily Chen', 'Phone: +852 9123 4567', 'Skills: SQL, Tableau, Excel', 'Emily Chen', 'Phone: +852 9123 4567', 'Skills: SQL, Tableau, Excel']);
  });

  it('refuses a password-protected PDF as encrypted', async () => {
    const data = await buildPdf(['secret'], { userPassword: 'pw' });
    expect(await failure(extractText(data, PDF, 'locked.pdf'))).toMatchObject({ reason: 'encrypted', kind: 'pdf' });
  });

  it('refuses a broken PDF as corrupt', async () => {
    const data = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref');
    expect(await failure(extractText(data, PDF, 'broken.pdf'))).toMatchObject({ reason: 'corrupt', kind: 'pdf' });
  });

  it('stops a reader that runs past its deadline', async () => {
    const data = await buildPdf(['slow'], { pages: 3 });
    expect(await failure(pdfText(data, { timeoutMs: 1 }))).toMatchObject({ reason: 'timeout' });
  });

  it('reads only the first pages of a very long PDF', async () => {
    const data = await buildPdf(['page'], { pages: 5 });
    expect(lines(await pdfText(data, { maxPages: 2 }))).toEqual(['page', 'page']);
  });
});

describe('extractText: plain text', () => {
  const resume = '姓名：王芳\n手机：13912345678\r\nEmail: wangfang@126.com\n\n\n\n技能：Excel';

  it.each([
    ['UTF-8', Buffer.from(resume, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(resume, 'utf8')])],
    ['GBK', iconv.encode(resume, 'gbk')],
    ['GB18030', iconv.encode(resume, 'gb18030')],
    ['UTF-16LE with BOM', iconv.encode(resume, 'utf-16le', { addBOM: true })],
  ])('decodes %s', async (_, data) => {
    const { kind, text } = await extractText(data, 'text/plain', 'resume.txt');
    expect(kind).toBe('text');
    expect(text).toBe('姓名：王芳\n手机：13912345678\nEmail: wangfang@126.com\n\n技能：Excel');
  });

  it('reads text whatever its declared type when the bytes are text', async () => {
    await expect(extractText(Buffer.from('John Smith'), 'application/octet-stream', 'resume')).resolves.toEqual({ kind: 'text', text: 'John Smith' });
  });

  it('reads an empty file as empty text', async () => {
    await expect(extractText(Buffer.alloc(0), 'text/plain', 'empty.txt')).resolves.toEqual({ kind: 'text', text: '' });
  });
});

describe('extractText: images and unsupported files', () => {
  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'image/png'],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'image/jpeg'],
    ['GIF', [...Buffer.from('GIF89a')], 'image/gif'],
    ['WEBP', [...Buffer.from('RIFF'), 0x24, 0, 0, 0, ...Buffer.from('WEBPVP8 ')], 'image/webp'],
  ])('stores a %s image without text', async (_, bytes, mime) => {
    const data = Buffer.concat([Buffer.from(bytes), Buffer.alloc(64, 1)]);
    await expect(extractText(data, mime, 'photo')).resolves.toEqual({ kind: 'image', text: '' });
  });

  it.each([
    ['a legacy .doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'application/msword', 'resume.doc', 'unsupported'],
    ['a ZIP that is not DOCX', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from('xl/workbook.xml')]), DOCX, 'sheet.docx', 'unsupported'],
    ['a "PDF" holding plain text', Buffer.from('not really a pdf'), PDF, 'resume.pdf', 'corrupt'],
    ['an image name on text bytes', Buffer.from('hello'), 'image/png', 'photo.png', 'corrupt'],
    ['unknown binary', Buffer.from([0x00, 0x01, 0x02, 0x00, 0xff]), 'application/octet-stream', 'blob', 'unsupported'],
  ])('refuses %s', async (_, data, mime, filename, reason) => {
    expect(await failure(extractText(data, mime, filename))).toMatchObject({ reason, name: 'UnreadableDocumentError' });
  });
});
