import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Acting } from '@libs/audit';
import { CurrentActor, Roles } from '@libs/auth/http/auth.decorators';
import { DepartmentsService } from './departments.service';
import { CreateDepartmentDto, DepartmentDetailDto, DepartmentDto, DepartmentListDto, UpdateDepartmentDto } from './dto/department.dto';

/** Every staff role reads the departments and their contacts; admins keep them. */
@ApiTags('staff')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Invalid field; the message names it' })
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @ApiOkResponse({ type: DepartmentListDto })
  list(): Promise<DepartmentListDto> {
    return this.departments.list();
  }

  @Get(':code')
  @ApiOkResponse({ type: DepartmentDetailDto, description: 'With its staff' })
  @ApiNotFoundResponse({ description: 'No such department' })
  get(@Param('code') code: string): Promise<DepartmentDetailDto> {
    return this.departments.get(code);
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: DepartmentDto })
  @ApiConflictResponse({ description: 'The code exists' })
  create(@CurrentActor() acting: Acting, @Body() dto: CreateDepartmentDto): Promise<DepartmentDto> {
    return this.departments.create(acting, dto);
  }

  @Patch(':code')
  @Roles('admin')
  @ApiOkResponse({ type: DepartmentDto, description: 'Name and contacts' })
  update(@CurrentActor() acting: Acting, @Param('code') code: string, @Body() dto: UpdateDepartmentDto): Promise<DepartmentDto> {
    return this.departments.update(acting, code, dto);
  }
}
