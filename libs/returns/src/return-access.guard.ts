import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AuthenticatedRequest } from '@libs/auth/http/auth.decorators';
import { CustomerEntity } from '@libs/database';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { mayActOnReturn } from '@libs/domain/staff/access';
import { ReturnQueriesService } from './return-queries.service';

const EVERY_RETURN = { handler: null, registeredBy: null, customerAgent: null };

/**
 * Agents read and act only on returns they handle or registered, or that belong to their customers
 * (warehouse, finance, supervisors and up: any). Decided on the live workflow state, so an action
 * taken a moment ago already counts. Runs after the role check of the route.
 */
@Injectable()
export class ReturnAccessGuard implements CanActivate {
  constructor(
    private readonly queries: ReturnQueriesService,
    @InjectRepository(CustomerEntity) private readonly customers: Repository<CustomerEntity>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const returnNo = request.params.returnNo as string | undefined;
    const principal = request.principal!;
    if (!returnNo || mayActOnReturn(principal, EVERY_RETURN)) return true;
    const state = await this.queries.getState(returnNo).catch((error: unknown) => {
      // No such return, or no return number at all: the route answers that itself (after checking the body).
      if (error instanceof DomainError && (error.code === DomainErrorCode.NotFound || error.code === DomainErrorCode.Validation)) return undefined;
      throw error;
    });
    if (!state) return true;
    const customer = await this.customers.findOne({ where: { customerNo: state.customerNo }, select: { id: true, assignedAgentCode: true } });
    const owner = {
      handler: state.handler,
      registeredBy: state.timeline.find((entry) => entry.event === 'requested')?.by ?? null,
      customerAgent: customer?.assignedAgentCode ?? null,
    };
    if (!mayActOnReturn(principal, owner)) {
      throw new DomainError(DomainErrorCode.Forbidden, `return ${returnNo} is not yours: agents act on returns they handle or registered, or of their own customers`, 'returnNo');
    }
    return true;
  }
}
