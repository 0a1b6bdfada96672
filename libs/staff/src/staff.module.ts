import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@libs/auth/auth.module';
import { StaffMemberEntity } from '@libs/database';
import { DepartmentsController } from './departments.controller';
import { DepartmentsService } from './departments.service';
import { StaffController } from './staff.controller';
import { StaffDirectoryService } from './staff-directory.service';
import { StaffStatusService } from './staff-status.service';

@Module({
  imports: [TypeOrmModule.forFeature([StaffMemberEntity]), AuthModule],
  controllers: [StaffController, DepartmentsController],
  providers: [StaffStatusService, StaffDirectoryService, DepartmentsService],
})
export class StaffModule {}
