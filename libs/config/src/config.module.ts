import { Global, Module } from '@nestjs/common';
import { AppConfig } from './config.schema';
import { loadConfig } from './load-config';

/** Injection token for the validated configuration. */
export abstract class AppConfigToken {}

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig = loadConfig()) {
    return {
      module: ConfigModule,
      providers: [{ provide: AppConfigToken, useValue: config }],
      exports: [AppConfigToken],
    };
  }
}
