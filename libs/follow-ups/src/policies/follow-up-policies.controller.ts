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
import { DEFAULT_FOLLOW_UP_POLICY_TERMS as d } from '@libs/domain/follow-ups/follow-up-policy';
import { CreateFollowUpPolicyDto, FollowUpPolicyDetailDto, FollowUpPolicyListDto, FollowUpPolicyResponseDto, FollowUpPolicyVersionDto } from './dto/follow-up-policy.dto';
import { FollowUpPoliciesService } from './follow-up-policies.service';

const VERSION_EXAMPLES = {
  biggerSample: {
    summary: 'F-3: a monthly sample of 50 customers not reached for the longest',
    value: { terms: { ...d, tier2: { sampleSize: 50, rule: 'least_recently_called' } } },
  },
  eveningsToo: {
    summary: 'F-5: working-day calls until 20:30',
    value: { terms: { ...d, callHours: { ...d.callHours, workingDay: [{ from: '14:00', to: '20:30' }] } } },
  },
};
const CREATE_EXAMPLES = {
  dealers: {
    summary: 'A policy of its own for dealers: market feedback on day 14 instead of 21',
    value: { code: 'dealers-2027', terms: { ...d, plans: { ...d.plans, dealer_shipment: d.plans.dealer_shipment.map((s) => (s.key === 'market_feedback' ? { ...s, dueAfterSeconds: 14 * 86_400 } : s)) } } },
  },
};

/** Every staff role reads the follow-up policies; only admins change them. */
@ApiTags('follow-up-policies')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Missing or invalid credentials' })
@ApiForbiddenResponse({ description: 'Changes are for admins only' })
@Controller('follow-up-policies')
export class FollowUpPoliciesController {
  constructor(private readonly policies: FollowUpPoliciesService) {}

  @Get()
  @ApiOkResponse({ type: FollowUpPolicyListDto, description: 'The latest version of each code' })
  list(): Promise<FollowUpPolicyListDto> {
    return this.policies.list();
  }

  @Get(':code')
  @ApiOkResponse({ type: FollowUpPolicyDetailDto })
  @ApiNotFoundResponse({ description: 'No policy with this code' })
  get(@Param('code') code: string): Promise<FollowUpPolicyDetailDto> {
    return this.policies.get(code);
  }

  @Post()
  @Roles('admin')
  @ApiBody({ type: CreateFollowUpPolicyDto, examples: CREATE_EXAMPLES })
  @ApiCreatedResponse({ type: FollowUpPolicyResponseDto, description: 'Version 1 of the new code' })
  @ApiBadRequestResponse({ description: 'Invalid term; the message and `field` name it' })
  @ApiConflictResponse({ description: 'The code exists' })
  create(@CurrentActor() acting: Acting, @Body() dto: CreateFollowUpPolicyDto, @IdempotencyKey() key: string | undefined): Promise<FollowUpPolicyResponseDto> {
    return this.policies.create(acting, dto, key);
  }

  @Put(':code')
  @HttpCode(200)
  @Roles('admin')
  @ApiBody({ type: FollowUpPolicyVersionDto, examples: VERSION_EXAMPLES })
  @ApiOkResponse({ type: FollowUpPolicyResponseDto, description: 'The new version; running plans keep theirs, the next sample and care runs use it' })
  @ApiBadRequestResponse({ description: 'Invalid term; the message and `field` name it' })
  @ApiNotFoundResponse({ description: 'No policy with this code' })
  @ApiConflictResponse({ description: 'The default policy must stay active' })
  addVersion(@CurrentActor() acting: Acting, @Param('code') code: string, @Body() dto: FollowUpPolicyVersionDto): Promise<FollowUpPolicyResponseDto> {
    return this.policies.addVersion(acting, code, dto);
  }
}
