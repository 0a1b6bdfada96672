import type { ComplaintState } from '@workflows/complaint/complaint.contract';
import type { AttachmentRecord } from '../attachment-repository';
import { renderSummaryPdf, SummarySection } from './summary-pdf';
import { zipOf } from './zip';

const REMEDY_NAMES: Record<string, string> = { repair: '维修', replace: '换货', refund: '退款', compensation: '补偿', explanation: '解释说明' };
const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'application/pdf': 'pdf' };

/** C-14: the summary's sections: the case, the remedy, the department's report and the whole timeline. */
export function complaintSummarySections(state: ComplaintState, attachments: AttachmentRecord[]): SummarySection[] {
  const resolved = [...state.timeline].reverse().find((t) => t.event === 'resolve');
  const department = state.department;
  return [
    {
      heading: '案件 Case',
      lines: [
        `投诉编号 Case: ${state.caseNo}`,
        `客户档案 Customer file: ${state.customerNo}`,
        `类别 Category: ${state.category}    严重程度 Severity: ${state.severity}`,
        `状态 Status: ${state.status}    负责人 Agent: ${state.assignedAgent ?? '—'}    升级级别 Escalation level: ${state.escalationLevel}`,
        ...(state.satisfaction ? [`满意度 Satisfaction: ${state.satisfaction.score ?? '—'} / 5`] : []),
      ],
    },
    {
      heading: '处理结果 Remedy',
      lines: state.remedy ? [`${REMEDY_NAMES[state.remedy] ?? state.remedy} (${state.remedy})`, ...(resolved?.note ? [resolved.note] : [])] : [],
    },
    {
      heading: '部门报告 Department report (C-4)',
      lines: department?.answer
        ? [
            `部门 Department: ${department.department}    状态 Status: ${department.status}`,
            `原因 Cause: ${department.answer.cause}`,
            ...department.answer.correctiveActions.map((a) => `纠正措施 Corrective: ${a}`),
            ...department.answer.preventiveActions.map((a) => `预防措施 Preventive: ${a}`),
          ]
        : department
          ? [`部门 Department: ${department.department}    状态 Status: ${department.status}${department.reason ? `    ${department.reason}` : ''}`]
          : [],
    },
    { heading: '处理经过 Timeline', lines: state.timeline.map((t) => `${t.at}  ${t.event}  ${t.by}${t.note ? `  ${t.note}` : ''}`) },
    { heading: '附件 Attachments', lines: attachments.map((a, i) => `${entryName(a, i)}  ${a.kind}  ${a.sizeBytes} B  sha256 ${a.sha256}`) },
  ];
}

/** The name of an attachment inside the archive: numbered by kind, never the uploaded (possibly personal) file name. */
export function entryName(attachment: AttachmentRecord, index: number): string {
  return `attachments/${String(index + 1).padStart(2, '0')}-${attachment.kind}.${EXTENSIONS[attachment.contentType] ?? 'bin'}`;
}

/** C-14: `summary.pdf` and every attachment of the closed complaint, in one ZIP. */
export async function buildComplaintArchive(state: ComplaintState, attachments: Array<{ record: AttachmentRecord; bytes: Buffer }>, createdAt: Date): Promise<Buffer> {
  const records = attachments.map((a) => a.record);
  const pdf = await renderSummaryPdf(`投诉结案归档 ${state.caseNo}`, complaintSummarySections(state, records), createdAt);
  return zipOf([{ name: 'summary.pdf', bytes: pdf }, ...attachments.map((a, i) => ({ name: entryName(a.record, i), bytes: a.bytes }))], createdAt);
}
