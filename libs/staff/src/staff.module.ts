import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StaffMemberEntity } from '@libs/database';
import { StaffController } from './staff.controller';
import { StaffStatusService } from './staff-status.service';

@Module({
  imports: [TypeOrmModule.forFeature([StaffMemberEntity])],
  controllers: [StaffController],
  providers: [StaffStatusService],
})
export class StaffModule {}
