import request from 'supertest';
import { createCaseArchiveActivities } from '../../activities/attachments/case-archive.activities';
import { givenCustomer } from '../support/builders';
import { eventually } from '../support/eventually';
import { binary, pdfFile, pngFile, upload, zipEntries } from '../support/files';
import { bearerFor } from '../support/sign-in';
import { startTestStack, TestStack } from '../support/test-stack';

// C-14 over HTTP: a closed complaint is archived once with its handling documents: one ZIP with a PDF
// summary (timeline, remedy, department report) and every attachment, kept and downloadable.
describe('complaint archive (e2e)', () => {
  let stack: TestStack;
  let http: ReturnType<typeof request>;
  let agent: { header: string; code: string };
  let customerNo: string;

  beforeAll(async () => {
    stack = await startTestStack({ api: true, departments: true });
    http = request(stack.api!.getHttpServer());
    const a = await bearerFor(stack.api!, stack.db, 'agent');
    agent = { header: a.header, code: a.member.code };
    customerNo = (await givenCustomer(stack.db)).customerNo;
  });
  afterAll(() => stack?.stop());

  const post = (path: string, body?: object) => {
    const req = http.post(path).set('Authorization', agent.header);
    return body ? req.send(body) : req;
  };
  const archiveOf = (caseNo: string) => http.get(`/complaints/${caseNo}/archive`).set('Authorization', agent.header).buffer(true).parse(binary);

  async function registered(): Promise<string> {
    const caseNo: string = (await post('/complaints', { customerNo, channel: 'chat', category: 'quality', severity: 'high', description: '车架开裂 Frame cracked after a month' }).expect(201)).body.caseNo;
    await eventually(
      () => http.get(`/complaints/${caseNo}`).set('Authorization', agent.header),
      (res) => res.status === 200 && res.body.assignedAgent === agent.code && res.body.sla?.deadlines.length > 0,
      60_000,
    );
    return caseNo;
  }

  it('C-14: closing archives the case once: a ZIP with summary.pdf and every attachment, downloadable and kept', async () => {
    const caseNo = await registered();
    const photo = pngFile();
    const report = pdfFile();
    await upload(post(`/complaints/${caseNo}/attachments`), 'damage_photo', photo, '裂缝.png', 'image/png').expect(201);
    await upload(post(`/complaints/${caseNo}/attachments`), 'quality_report', report, '报告.pdf', 'application/pdf').expect(201);
    // Not closed yet: no archive.
    expect((await http.get(`/complaints/${caseNo}/archive`).set('Authorization', agent.header).expect(404)).body.message).toContain('archived when it closes');

    await post(`/complaints/${caseNo}/contact`, { summary: '已联系客户，确认裂缝位置' }).expect(200);
    await post(`/complaints/${caseNo}/resolve`, { remedy: 'repair', summary: '车架焊接并重新喷漆' }).expect(200);
    expect((await post(`/complaints/${caseNo}/satisfaction`, { reached: true, score: 5 }).expect(200)).body.status).toBe('closed');

    const res = await eventually(() => archiveOf(caseNo), (r) => r.status === 200, 60_000);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const entries = zipEntries(res.body as Buffer);
    expect([...entries.keys()]).toEqual(['summary.pdf', 'attachments/01-damage_photo.png', 'attachments/02-quality_report.pdf']);
    expect(entries.get('attachments/01-damage_photo.png')!.equals(photo)).toBe(true);
    expect(entries.get('attachments/02-quality_report.pdf')!.equals(report)).toBe(true);
    const summary = entries.get('summary.pdf')!;
    expect(summary.subarray(0, 5).toString()).toBe('%PDF-');
    // The Chinese text is set in the embedded Noto Sans SC font shipped with the npm package.
    expect(summary.toString('latin1')).toMatch(/FontName \/[A-Z]{6}\+NotoSansSC/);

    // Produced once: one archive row; asking again (a retried activity) keeps it.
    const rows: Array<{ id: string }> = await stack.db.query(`SELECT id FROM attachments WHERE case_type = 'complaint' AND case_no = $1 AND kind = 'case_archive'`, [caseNo]);
    expect(rows).toHaveLength(1);
    const state = (await http.get(`/complaints/${caseNo}`).set('Authorization', agent.header).expect(200)).body;
    const again = await createCaseArchiveActivities(stack.db, stack.config).archiveClosedComplaint({ state });
    expect(again).toEqual({ attachmentId: rows[0].id, created: false });
    const second = await archiveOf(caseNo).expect(200);
    expect((second.body as Buffer).equals(res.body as Buffer)).toBe(true);
    // The archive lists among the case's attachments; it holds the customer's words, so it is sealed at rest.
    const listed = (await http.get(`/complaints/${caseNo}/attachments`).set('Authorization', agent.header).expect(200)).body.items;
    expect(listed).toContainEqual(expect.objectContaining({ attachmentId: rows[0].id, kind: 'case_archive', contentType: 'application/zip', encrypted: true }));
  }, 180_000);

  it("C-14: another agent cannot download the archive of a case that is not theirs (403)", async () => {
    const caseNo = await registered();
    const other = (await bearerFor(stack.api!, stack.db, 'agent')).header;
    await http.get(`/complaints/${caseNo}/archive`).set('Authorization', other).expect(403);
  }, 120_000);
});
