import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Acting } from '@libs/audit';
import { CurrentActor, Roles } from '@libs/auth/http/auth.decorators';
import { SUPERVISORS_AND_UP } from '@libs/domain/staff/access';
import { SetStaffStatusDto, StaffStatusResponseDto } from './dto/staff-status.dto';
import { StaffStatusService } from './staff-status.service';

@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff')
export class StaffController {
  constructor(private readonly statuses: StaffStatusService) {}

  @Put(':code/status')
  @Roles(...SUPERVISORS_AND_UP)
  @ApiOkResponse({ type: StaffStatusResponseDto, description: 'A-7: absent or departed agents hand their open cases on' })
  setStatus(@CurrentActor() acting: Acting, @Param('code') code: string, @Body() dto: SetStaffStatusDto): Promise<StaffStatusResponseDto> {
    return this.statuses.setStatus(acting, code, dto.status, dto.delegate);
  }
}
