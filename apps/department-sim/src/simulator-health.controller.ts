import { Controller, Get } from '@nestjs/common';

@Controller('health')
export class SimulatorHealthController {
  @Get()
  live(): { status: 'ok'; departments: string[] } {
    return { status: 'ok', departments: ['courier', 'finance', 'quality', 'sales'] };
  }
}
