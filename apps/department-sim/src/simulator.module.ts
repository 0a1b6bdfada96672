import { Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@libs/config';
import { httpLoggerModule } from '@libs/logging';
import { AnswerSender } from './departments/answer-sender';
import { ControlController } from './departments/control.controller';
import { CourierDesk } from './departments/courier-desk';
import { DepartmentCallsController } from './departments/department-calls.controller';
import { DepartmentRequestsController } from './departments/department-requests.controller';
import { FinanceCalls } from './departments/finance-calls';
import { FinanceLedger } from './departments/finance-ledger';
import { QualityDesk } from './departments/quality-desk';
import { SalesDesk } from './departments/sales-desk';
import { SimulatedDepartments } from './departments/simulated-departments';
import { SimulatorHealthController } from './simulator-health.controller';

/** Plays the courier, finance, quality and sales departments over real HTTP. */
@Module({})
export class SimulatorModule {
  static forRoot(config: AppConfig) {
    return {
      module: SimulatorModule,
      imports: [ConfigModule.forRoot(config), httpLoggerModule(config, 'department-sim')],
      controllers: [SimulatorHealthController, DepartmentRequestsController, DepartmentCallsController, ControlController],
      providers: [AnswerSender, SimulatedDepartments, FinanceLedger, FinanceCalls, CourierDesk, SalesDesk, QualityDesk],
    };
  }
}
