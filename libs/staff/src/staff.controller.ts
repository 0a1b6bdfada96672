import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Acting } from '@libs/audit';
import { CurrentActor, Roles } from '@libs/auth/http/auth.decorators';
import { SUPERVISORS_AND_UP } from '@libs/domain/staff/access';
import { CreateStaffMemberDto, ListStaffQuery, StaffListDto, StaffMemberDto, UpdateStaffMemberDto } from './dto/staff-member.dto';
import { SetStaffStatusDto, StaffStatusResponseDto } from './dto/staff-status.dto';
import { StaffDirectoryService } from './staff-directory.service';
import { StaffStatusService } from './staff-status.service';

@ApiTags('staff')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Invalid field; the message names it' })
@Controller('staff')
export class StaffController {
  constructor(
    private readonly statuses: StaffStatusService,
    private readonly directory: StaffDirectoryService,
  ) {}

  @Get()
  @ApiOkResponse({ type: StaffListDto, description: 'Staff with skills, VIP service, capacity, status, delegate, department and load' })
  list(@Query() query: ListStaffQuery): Promise<StaffListDto> {
    return this.directory.list(query);
  }

  @Get(':code')
  @ApiOkResponse({ type: StaffMemberDto })
  @ApiNotFoundResponse({ description: 'No such staff member' })
  get(@Param('code') code: string): Promise<StaffMemberDto> {
    return this.directory.get(code);
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: StaffMemberDto })
  @ApiConflictResponse({ description: 'The code exists' })
  create(@CurrentActor() acting: Acting, @Body() dto: CreateStaffMemberDto): Promise<StaffMemberDto> {
    return this.directory.create(acting, dto);
  }

  @Patch(':code')
  @Roles(...SUPERVISORS_AND_UP)
  @ApiOkResponse({ type: StaffMemberDto, description: 'Skills, VIP service, capacity, department, contacts' })
  update(@CurrentActor() acting: Acting, @Param('code') code: string, @Body() dto: UpdateStaffMemberDto): Promise<StaffMemberDto> {
    return this.directory.update(acting, code, dto);
  }

  @Put(':code/status')
  @Roles(...SUPERVISORS_AND_UP)
  @ApiOkResponse({ type: StaffStatusResponseDto, description: 'A-7: absent or departed agents hand their open cases on' })
  @ApiConflictResponse({ description: 'The last active admin cannot be departed' })
  setStatus(@CurrentActor() acting: Acting, @Param('code') code: string, @Body() dto: SetStaffStatusDto): Promise<StaffStatusResponseDto> {
    return this.statuses.setStatus(acting, code, dto.status, dto.delegate);
  }
}
