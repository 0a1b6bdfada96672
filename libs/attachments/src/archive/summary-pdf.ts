import PDFDocument from 'pdfkit';

/**
 * The CJK font of the summary: Noto Sans SC (simplified Chinese with Latin), shipped in the
 * `@fontsource/noto-sans-sc` npm package, so a fresh machine has it after `npm ci` with no system font.
 */
export const SUMMARY_FONT = require.resolve('@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff');

export interface SummarySection {
  heading: string;
  lines: string[];
}

/** A plain A4 PDF: a title, then each section's heading and lines; text is embedded (searchable, copyable). */
export function renderSummaryPdf(title: string, sections: SummarySection[], createdAt: Date): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: title, CreationDate: createdAt } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('body', SUMMARY_FONT);
    doc.font('body').fontSize(18).text(title);
    doc.moveDown();
    for (const section of sections) {
      doc.fontSize(13).text(section.heading);
      doc.moveDown(0.3);
      doc.fontSize(10);
      for (const line of section.lines.length ? section.lines : ['—']) doc.text(line);
      doc.moveDown();
    }
    doc.end();
  });
}
