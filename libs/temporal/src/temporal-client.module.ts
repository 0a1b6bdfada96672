import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { AppConfig, AppConfigToken } from '@libs/config';
import { flushTracing } from '@libs/observability/tracing';
import { connectToTemporal, createTemporalClient } from './connection';

/** The Temporal client of the process; closed with the Nest application. */
@Injectable()
export class TemporalClientCloser implements OnApplicationShutdown {
  constructor(@Inject(Connection) private readonly connection: Connection) {}
  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
    // The last requests' spans leave with the process (when tracing is on).
    await flushTracing();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: Connection,
      inject: [AppConfigToken],
      useFactory: (config: AppConfig) => connectToTemporal(config),
    },
    {
      provide: Client,
      inject: [Connection, AppConfigToken],
      useFactory: (connection: Connection, config: AppConfig) => createTemporalClient(connection, config),
    },
    TemporalClientCloser,
  ],
  exports: [Connection, Client],
})
export class TemporalClientModule {}
