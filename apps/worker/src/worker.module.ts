import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, ConfigModule } from '@libs/config';
import { DatabaseModule } from '@libs/database';
import { pinoOptions } from '@libs/logging';
import { TemporalWorkerService } from './temporal-worker.service';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig) {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), LoggerModule.forRoot({ pinoHttp: pinoOptions(config, 'worker') }), DatabaseModule],
      providers: [TemporalWorkerService],
    };
  }
}
