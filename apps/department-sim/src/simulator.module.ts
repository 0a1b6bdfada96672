import { Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@libs/config';
import { httpLoggerModule } from '@libs/logging';
import { SimulatorHealthController } from './simulator-health.controller';

/** Plays the courier, finance, quality and sales departments over real HTTP. */
@Module({})
export class SimulatorModule {
  static forRoot(config: AppConfig) {
    return {
      module: SimulatorModule,
      imports: [ConfigModule.forRoot(config), httpLoggerModule(config, 'department-sim')],
      controllers: [SimulatorHealthController],
    };
  }
}
