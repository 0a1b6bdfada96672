import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { DamageClaimListDto, ListDamageClaimsQuery } from './damage-claim.dto';
import { DamageClaimsService } from './damage-claims.service';

@ApiTags('returns')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Missing or invalid credentials' })
@ApiForbiddenResponse({ description: 'Department systems have no access' })
@Controller('damage-claims')
export class DamageClaimsController {
  constructor(private readonly claims: DamageClaimsService) {}

  @Get()
  @ApiOperation({ summary: 'L-3: the damage register: every damage or loss claim filed with the courier, newest first' })
  @ApiOkResponse({ type: DamageClaimListDto })
  list(@Query() query: ListDamageClaimsQuery): Promise<DamageClaimListDto> {
    return this.claims.list(query);
  }
}
