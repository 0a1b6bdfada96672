import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '@libs/auth/http/auth.decorators';
import { LivenessDto, ReadinessDto } from './health.dto';
import { ReadinessService } from './readiness.service';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  @Get()
  @ApiOkResponse({ type: LivenessDto, description: 'The API process is alive' })
  live(): LivenessDto {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOkResponse({ type: ReadinessDto, description: 'Database and Temporal reachable, a worker polls the task queue' })
  @ApiServiceUnavailableResponse({ type: ReadinessDto, description: 'A dependency is down; the body says which' })
  async ready(@Res({ passthrough: true }) res: Response): Promise<ReadinessDto> {
    const result = await this.readiness.check();
    res.status(result.ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return result;
  }
}
