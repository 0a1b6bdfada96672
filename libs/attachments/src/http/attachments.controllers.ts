import { Controller, Get, HttpCode, HttpException, Param, Post, Req, Res, StreamableFile, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Acting } from '@libs/audit';
import { CurrentActor, Roles } from '@libs/auth/http/auth.decorators';
import { ComplaintQueriesService } from '@libs/complaints/complaint-queries.service';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { RETURN_READERS } from '@libs/domain/staff/access';
import { ReturnAccessGuard } from '@libs/returns/return-access.guard';
import { ReturnQueriesService } from '@libs/returns/return-queries.service';
import type { AttachmentCaseType, AttachmentRecord } from '../attachment-repository';
import { AttachmentCreatedDto, AttachmentListDto, DOWNLOAD_CONTENT, mapAttachment, UPLOAD_BODY } from './attachment.dto';
import { AttachmentsService, UploadedFile as Uploaded, UploadRefused } from './attachments.service';
import { DamageClaimDocumentsListDto } from './damage-claim-documents.dto';
import { DamageClaimDocumentsService } from './damage-claim-documents.service';
import { UploadInterceptor } from './upload.interceptor';

async function uploaded(
  service: AttachmentsService,
  acting: Acting,
  caseType: AttachmentCaseType,
  caseNo: string,
  req: Request,
  file: Uploaded | undefined,
  res: Response,
): Promise<AttachmentCreatedDto> {
  const kind = typeof req.body?.kind === 'string' ? req.body.kind : undefined;
  try {
    const { record, created } = await service.upload(acting, caseType, caseNo, kind, file);
    if (!created) res.status(200);
    return { ...mapAttachment(record), created };
  } catch (error) {
    if (error instanceof UploadRefused) {
      throw new HttpException({ code: error.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'UNSUPPORTED_MEDIA_TYPE', message: error.message, field: error.field }, error.status);
    }
    throw error;
  }
}

function sent(res: Response, file: { record: AttachmentRecord; bytes: Buffer }, name: string): StreamableFile {
  res.setHeader('Content-Type', file.record.contentType);
  // Never the uploaded file name in a header (proxies log them): the kind and id name the download.
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  return new StreamableFile(file.bytes);
}

const EXTENSION: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'application/pdf': 'pdf', 'application/zip': 'zip' };
const downloadName = (r: AttachmentRecord) => `${r.kind}-${r.attachmentId}.${EXTENSION[r.contentType] ?? 'bin'}`;

/** Files of a complaint (C-4 handling reports, photos) and its archive (C-14): whoever may read the complaint. */
@ApiTags('attachments')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Role not allowed, or the case belongs to another agent' })
@Controller('complaints')
export class ComplaintAttachmentsController {
  constructor(
    private readonly attachments: AttachmentsService,
    private readonly complaints: ComplaintQueriesService,
  ) {}

  @Post(':caseNo/attachments')
  @HttpCode(201)
  @UseInterceptors(UploadInterceptor)
  @ApiOperation({ summary: 'Attach a file (image or PDF) to a complaint' })
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiCreatedResponse({ type: AttachmentCreatedDto })
  @ApiOkResponse({ type: AttachmentCreatedDto, description: 'The same file of the same kind was already attached' })
  @ApiNotFoundResponse({ description: 'No such complaint' })
  @ApiPayloadTooLargeResponse({ description: 'The file is over ATTACHMENT_MAX_BYTES (field: file)' })
  @ApiUnsupportedMediaTypeResponse({ description: 'Not an image or PDF by its content, or declared as another type (field: file)' })
  async upload(@CurrentActor() acting: Acting, @Param('caseNo') caseNo: string, @Req() req: Request, @UploadedFile() file: Uploaded | undefined, @Res({ passthrough: true }) res: Response) {
    await this.complaints.getState(acting, caseNo);
    return uploaded(this.attachments, acting, 'complaint', caseNo, req, file, res);
  }

  @Get(':caseNo/attachments')
  @ApiOperation({ summary: "A complaint's attachments" })
  @ApiOkResponse({ type: AttachmentListDto })
  @ApiNotFoundResponse({ description: 'No such complaint' })
  async list(@CurrentActor() acting: Acting, @Param('caseNo') caseNo: string): Promise<AttachmentListDto> {
    await this.complaints.getState(acting, caseNo);
    return { items: (await this.attachments.list('complaint', caseNo)).map(mapAttachment) };
  }

  @Get(':caseNo/attachments/:attachmentId')
  @ApiOperation({ summary: 'Download one attachment of a complaint' })
  @ApiOkResponse({ content: DOWNLOAD_CONTENT, description: 'The file, with its content type' })
  @ApiNotFoundResponse({ description: 'No such complaint, or no such attachment on it' })
  async download(@CurrentActor() acting: Acting, @Param('caseNo') caseNo: string, @Param('attachmentId') attachmentId: string, @Res({ passthrough: true }) res: Response) {
    await this.complaints.getState(acting, caseNo);
    const file = await this.attachments.download(acting, 'complaint', caseNo, attachmentId);
    return sent(res, file, downloadName(file.record));
  }

  @Get(':caseNo/archive')
  @ApiOperation({ summary: 'C-14: the archive of a closed complaint (ZIP: summary.pdf and the attachments)' })
  @ApiOkResponse({ content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } }, description: 'The ZIP, produced once when the case closed' })
  @ApiNotFoundResponse({ description: 'No such complaint, or it has no archive (not closed yet)' })
  async archive(@CurrentActor() acting: Acting, @Param('caseNo') caseNo: string, @Res({ passthrough: true }) res: Response) {
    const state = await this.complaints.getState(acting, caseNo);
    const archive = (await this.attachments.list('complaint', caseNo)).find((a) => a.kind === 'case_archive');
    if (!archive) throw new DomainError(DomainErrorCode.NotFound, `complaint ${caseNo} has no archive: it is archived when it closes (status: ${state.status})`, 'caseNo');
    const file = await this.attachments.download(acting, 'complaint', caseNo, archive.attachmentId);
    return sent(res, file, `${caseNo}-archive.zip`);
  }
}

/** Files of a return (R-5 return-detail sheet, L-2 claim documents): whoever may read the return. */
@ApiTags('attachments')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'A role the action does not allow, or an agent on a return that is not theirs' })
@UseGuards(ReturnAccessGuard)
@Controller('returns')
export class ReturnAttachmentsController {
  constructor(
    private readonly attachments: AttachmentsService,
    private readonly returns: ReturnQueriesService,
    private readonly claims: DamageClaimDocumentsService,
  ) {}

  @Post(':returnNo/attachments')
  @HttpCode(201)
  @Roles(...RETURN_READERS)
  @UseInterceptors(UploadInterceptor)
  @ApiOperation({ summary: 'Attach a file (image or PDF) to a return: photos, waybill copy, sender ID copy, return-detail sheet' })
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiCreatedResponse({ type: AttachmentCreatedDto })
  @ApiOkResponse({ type: AttachmentCreatedDto, description: 'The same file of the same kind was already attached' })
  @ApiNotFoundResponse({ description: 'No such return' })
  @ApiPayloadTooLargeResponse({ description: 'The file is over ATTACHMENT_MAX_BYTES (field: file)' })
  @ApiUnsupportedMediaTypeResponse({ description: 'Not an image or PDF by its content, or declared as another type (field: file)' })
  async upload(@CurrentActor() acting: Acting, @Param('returnNo') returnNo: string, @Req() req: Request, @UploadedFile() file: Uploaded | undefined, @Res({ passthrough: true }) res: Response) {
    await this.returns.getState(returnNo);
    return uploaded(this.attachments, acting, 'return', returnNo, req, file, res);
  }

  @Get(':returnNo/attachments')
  @Roles(...RETURN_READERS)
  @ApiOperation({ summary: "A return's attachments" })
  @ApiOkResponse({ type: AttachmentListDto })
  @ApiNotFoundResponse({ description: 'No such return' })
  async list(@Param('returnNo') returnNo: string): Promise<AttachmentListDto> {
    await this.returns.getState(returnNo);
    return { items: (await this.attachments.list('return', returnNo)).map(mapAttachment) };
  }

  @Get(':returnNo/attachments/:attachmentId')
  @Roles(...RETURN_READERS)
  @ApiOperation({ summary: 'Download one attachment of a return' })
  @ApiOkResponse({ content: DOWNLOAD_CONTENT, description: 'The file, with its content type' })
  @ApiNotFoundResponse({ description: 'No such return, or no such attachment on it' })
  async download(@CurrentActor() acting: Acting, @Param('returnNo') returnNo: string, @Param('attachmentId') attachmentId: string, @Res({ passthrough: true }) res: Response) {
    await this.returns.getState(returnNo);
    const file = await this.attachments.download(acting, 'return', returnNo, attachmentId);
    return sent(res, file, downloadName(file.record));
  }

  @Get(':returnNo/damage-claim')
  @Roles(...RETURN_READERS)
  @ApiOperation({ summary: "L-2: the return's damage or loss claims with their content and documents" })
  @ApiOkResponse({ type: DamageClaimDocumentsListDto })
  @ApiNotFoundResponse({ description: 'No such return' })
  async damageClaims(@Param('returnNo') returnNo: string): Promise<DamageClaimDocumentsListDto> {
    await this.returns.getState(returnNo);
    return this.claims.ofReturn(returnNo);
  }
}
