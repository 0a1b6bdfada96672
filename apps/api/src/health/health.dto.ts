import { ApiProperty } from '@nestjs/swagger';
import type { DependencyCheck, Readiness } from './readiness.service';

export class LivenessDto {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
}

export class DependencyCheckDto implements DependencyCheck {
  @ApiProperty() up: boolean;
  @ApiProperty({ example: 'PostgreSQL answers' }) detail: string;
}

export class ReadinessDto implements Readiness {
  @ApiProperty() ready: boolean;
  @ApiProperty({ type: DependencyCheckDto }) database: DependencyCheckDto;
  @ApiProperty({ type: DependencyCheckDto }) temporal: DependencyCheckDto;
  @ApiProperty({ type: DependencyCheckDto }) worker: DependencyCheckDto;
}
