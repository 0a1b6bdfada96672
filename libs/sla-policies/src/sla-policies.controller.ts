import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Acting } from '@libs/audit';
import { IdempotencyKey } from '@libs/cases/idempotency-key.decorator';
import { CurrentActor, Roles } from '@libs/auth/http/auth.decorators';
import { CreateSlaPolicyDto } from './dto/create-sla-policy.dto';
import { ListSlaPoliciesQuery } from './dto/list-sla-policies.query';
import { SlaPolicyDetailDto, SlaPolicyListDto, SlaPolicyResponseDto } from './dto/sla-policy-response.dto';
import { SlaPolicyTermsDto } from './dto/sla-policy-terms.dto';
import { SlaPoliciesService } from './sla-policies.service';

const NEW_VERSION_EXAMPLES = {
  tighten: {
    summary: 'Tighten first contact to 4 business hours',
    value: { category: 'quality', severity: null, customerTier: null, calendar: 'cn-working-hours', timeZone: 'Asia/Shanghai', firstContactSeconds: 14_400, resolutionSeconds: 259_200, supervisorReportSeconds: 172_800, escalationStepsSeconds: [172_800, 216_000, 259_200] },
  },
  deactivate: {
    summary: 'Deactivate the code (new complaints fall back to a less specific policy)',
    value: { category: 'quality', severity: null, customerTier: null, calendar: '24x7', timeZone: 'Asia/Shanghai', firstContactSeconds: 86_400, resolutionSeconds: 259_200, supervisorReportSeconds: 172_800, escalationStepsSeconds: [], active: false },
  },
};

/** Every staff role reads the policies; only admins change them. */
@ApiTags('sla-policies')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Missing or invalid credentials' })
@ApiForbiddenResponse({ description: 'Changes are for admins only' })
@Controller('sla-policies')
export class SlaPoliciesController {
  constructor(private readonly policies: SlaPoliciesService) {}

  @Get()
  @ApiOkResponse({ type: SlaPolicyListDto, description: 'The latest version of each code (every version with ?all=true), by code' })
  list(@Query() query: ListSlaPoliciesQuery): Promise<SlaPolicyListDto> {
    return this.policies.list(query.all);
  }

  @Get(':code')
  @ApiOkResponse({ type: SlaPolicyDetailDto, description: 'The latest version and every version, newest first' })
  @ApiNotFoundResponse({ description: 'No policy with this code' })
  get(@Param('code') code: string): Promise<SlaPolicyDetailDto> {
    return this.policies.get(code);
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: SlaPolicyResponseDto, description: 'Version 1 of the new code' })
  @ApiBadRequestResponse({ description: 'Invalid field; the message names it' })
  @ApiConflictResponse({ description: 'The code exists' })
  create(@CurrentActor() acting: Acting, @Body() dto: CreateSlaPolicyDto, @IdempotencyKey() key: string | undefined): Promise<SlaPolicyResponseDto> {
    return this.policies.create(acting, dto, key);
  }

  @Put(':code')
  @HttpCode(200)
  @Roles('admin')
  @ApiBody({ type: SlaPolicyTermsDto, examples: NEW_VERSION_EXAMPLES })
  @ApiOkResponse({ type: SlaPolicyResponseDto, description: 'The new version; running complaints keep the version they started with' })
  @ApiBadRequestResponse({ description: 'Invalid field; the message names it' })
  @ApiNotFoundResponse({ description: 'No policy with this code' })
  @ApiConflictResponse({ description: 'The default policy must stay active and match every complaint' })
  addVersion(@CurrentActor() acting: Acting, @Param('code') code: string, @Body() dto: SlaPolicyTermsDto): Promise<SlaPolicyResponseDto> {
    return this.policies.addVersion(acting, code, dto);
  }
}
