import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
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
import { DEFAULT_RETURN_POLICY_TERMS } from '@libs/domain/returns/return-policy';
import { ReturnPolicyDetailDto, ReturnPolicyListDto, ReturnPolicyResponseDto } from './dto/return-policy-response.dto';
import { CreateReturnPolicyDto, ReturnPolicyVersionDto } from './dto/return-policy-terms.dto';
import { ReturnPoliciesService } from './return-policies.service';

const DAY = 86_400;
const CREATE_EXAMPLES = {
  marketplace: {
    summary: 'A marketplace with a shorter seller response time',
    value: { code: 'jd-2027', terms: { ...DEFAULT_RETURN_POLICY_TERMS, sellerSilentSeconds: 2 * DAY, sellerSilentVirtualSeconds: DAY } },
  },
};
const VERSION_EXAMPLES = {
  noBatch: {
    summary: 'Hand each parcel to inspection on arrival (no warehouse batch)',
    value: { terms: { ...DEFAULT_RETURN_POLICY_TERMS, warehouseBatch: null } },
  },
  deactivate: {
    summary: 'Deactivate the code (requests can no longer name it; never the default policy)',
    value: { terms: DEFAULT_RETURN_POLICY_TERMS, active: false },
  },
};

/** Every staff role reads the return policies; only admins change them. */
@ApiTags('return-policies')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Missing or invalid credentials' })
@ApiForbiddenResponse({ description: 'Changes are for admins only' })
@Controller('return-policies')
export class ReturnPoliciesController {
  constructor(private readonly policies: ReturnPoliciesService) {}

  @Get()
  @ApiOkResponse({ type: ReturnPolicyListDto, description: 'The latest version of each code, by code' })
  list(): Promise<ReturnPolicyListDto> {
    return this.policies.list();
  }

  @Get(':code')
  @ApiOkResponse({ type: ReturnPolicyDetailDto, description: 'The latest version and every version, newest first' })
  @ApiNotFoundResponse({ description: 'No policy with this code' })
  get(@Param('code') code: string): Promise<ReturnPolicyDetailDto> {
    return this.policies.get(code);
  }

  @Post()
  @Roles('admin')
  @ApiBody({ type: CreateReturnPolicyDto, examples: CREATE_EXAMPLES })
  @ApiCreatedResponse({ type: ReturnPolicyResponseDto, description: 'Version 1 of the new code' })
  @ApiBadRequestResponse({ description: 'Invalid field; the message names it' })
  @ApiConflictResponse({ description: 'The code exists' })
  create(@CurrentActor() acting: Acting, @Body() dto: CreateReturnPolicyDto, @IdempotencyKey() key: string | undefined): Promise<ReturnPolicyResponseDto> {
    return this.policies.create(acting, dto, key);
  }

  @Put(':code')
  @HttpCode(200)
  @Roles('admin')
  @ApiBody({ type: ReturnPolicyVersionDto, examples: VERSION_EXAMPLES })
  @ApiOkResponse({ type: ReturnPolicyResponseDto, description: 'The new version; running requests keep the version they started with' })
  @ApiBadRequestResponse({ description: 'Invalid field; the message names it' })
  @ApiNotFoundResponse({ description: 'No policy with this code' })
  @ApiConflictResponse({ description: 'The default policy must stay active' })
  addVersion(@CurrentActor() acting: Acting, @Param('code') code: string, @Body() dto: ReturnPolicyVersionDto): Promise<ReturnPolicyResponseDto> {
    return this.policies.addVersion(acting, code, dto);
  }
}
