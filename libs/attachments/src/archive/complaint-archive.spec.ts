import type { ComplaintState } from '@workflows/complaint/complaint.contract';
import type { AttachmentRecord } from '../attachment-repository';
import { buildComplaintArchive, complaintSummarySections } from './complaint-archive';

const state = {
  caseNo: 'CP-20261124-0001',
  status: 'closed',
  category: 'quality',
  severity: 'high',
  customerNo: 'CU-000001',
  assignedAgent: 'AG-001',
  escalationLevel: 0,
  stateVersion: 9,
  remedy: 'repair',
  satisfaction: { score: 5, comment: null, attempts: 1 },
  sla: null,
  department: {
    department: 'quality',
    status: 'answered',
    requestedBy: 'AG-001',
    note: '',
    confirmedBy: 'MG-001',
    answer: { cause: '供应商部件超差', correctiveActions: ['更换部件'], preventiveActions: ['来料抽检'] },
    reason: null,
    round: 1,
  },
  timeline: [
    { at: '2026-11-24T01:00:00.000Z', event: 'register', by: 'AG-001' },
    { at: '2026-11-24T02:00:00.000Z', event: 'resolve', by: 'AG-001', note: 'repair: 车架焊接' },
  ],
} as unknown as ComplaintState;

const photo: AttachmentRecord = {
  attachmentId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  caseType: 'complaint',
  caseNo: state.caseNo,
  kind: 'damage_photo',
  contentType: 'image/png',
  sizeBytes: 4,
  sha256: 'ab'.repeat(32),
  fileName: '张三.png',
  encrypted: false,
  uploadedBy: 'AG-001',
  uploadedAt: '2026-11-24T01:30:00.000Z',
};

describe('C-14: the complaint archive', () => {
  it('summarises the case, the remedy, the department report and the timeline; attachments by kind, never by uploaded name', () => {
    const text = complaintSummarySections(state, [photo])
      .flatMap((s) => [s.heading, ...s.lines])
      .join('\n');
    expect(text).toContain('CP-20261124-0001');
    expect(text).toContain('维修 (repair)');
    expect(text).toContain('原因 Cause: 供应商部件超差');
    expect(text).toContain('预防措施 Preventive: 来料抽检');
    expect(text).toContain('resolve  AG-001  repair: 车架焊接');
    expect(text).toContain('attachments/01-damage_photo.png');
    expect(text).not.toContain('张三');
  });

  it('is a ZIP with summary.pdf first, then the attachments', async () => {
    const zip = await buildComplaintArchive(state, [{ record: photo, bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47]) }], new Date('2026-11-25T00:00:00Z'));
    expect(zip.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))).toBe(true);
    expect(zip.includes(Buffer.from('summary.pdf'))).toBe(true);
    expect(zip.includes(Buffer.from('attachments/01-damage_photo.png'))).toBe(true);
  });
});
