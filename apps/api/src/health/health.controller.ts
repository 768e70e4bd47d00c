import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorators';
import { isDatabaseBusy } from '../common/errors/database-unavailable';

@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * For load balancers and orchestrators: up only when the database answers. "busy" when every
   * connection of the pool stayed in use while this check waited: the database is up, this
   * instance is overloaded.
   */
  @Get()
  @Public()
  @HttpCode(200)
  async check(): Promise<{ status: 'ok'; database: 'up' }> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch (error) {
      throw new ServiceUnavailableException({ status: 'error', database: isDatabaseBusy(error) ? 'busy' : 'down' });
    }
    return { status: 'ok', database: 'up' };
  }
}
