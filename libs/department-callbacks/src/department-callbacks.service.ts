import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig, AppConfigToken } from '@libs/config';
import { DepartmentRequestEntity } from '@libs/database';
import { answerHash, parseAnswer, tokenHash } from '@libs/departments/answer';
import { isDepartment } from '@libs/departments/protocol';
import { departmentSecretsOf } from '@libs/departments/secrets';
import { verify } from '@libs/departments/signature';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { ActivityCompleter } from './activity-completer';

export interface SignedCallback {
  token: string;
  rawBody?: Buffer;
  timestamp?: string;
  signature?: string;
}

/**
 * Applies a department's answer to the activity waiting for it. Authenticated by the department's HMAC
 * signature, not a bearer token; the first valid answer wins, an identical repeat is harmless.
 */
@Injectable()
export class DepartmentCallbacksService {
  private readonly logger = new Logger('DepartmentCallbacks');
  private readonly secrets;

  constructor(
    @Inject(AppConfigToken) config: AppConfig,
    @InjectRepository(DepartmentRequestEntity) private readonly requests: Repository<DepartmentRequestEntity>,
    private readonly completer: ActivityCompleter,
  ) {
    this.secrets = departmentSecretsOf(config.DEPARTMENT_SECRETS);
  }

  async receive(callback: SignedCallback): Promise<{ status: 'applied' | 'duplicate' }> {
    if (!this.secrets) throw new DomainError(DomainErrorCode.Unavailable, 'department callbacks are not configured on this server (DEPARTMENT_SECRETS)');
    const hash = tokenHash(callback.token);
    const request = await this.requests.findOneBy({ callbackTokenHash: hash });
    if (!request) this.refuse('unknown', 'unknown token');
    const secret = isDepartment(request.department) ? this.secrets.get(request.department) : undefined;
    if (!secret) this.refuse(request.department, 'no secret configured for the department');
    const check = verify(secret, callback.rawBody ?? '', callback.timestamp, callback.signature);
    if (!check.ok) this.refuse(request.department, check.reason);

    const parsed = parseAnswer(callback.rawBody ?? '');
    if ('problem' in parsed) throw new DomainError(DomainErrorCode.Validation, parsed.problem);
    if (parsed.answer.requestId !== request.id) throw new DomainError(DomainErrorCode.Validation, 'requestId does not belong to this callback token');
    return this.apply(request.id, hash, parsed.answer, answerHash(parsed.answer));
  }

  private apply(requestId: string, hash: string, answer: Parameters<ActivityCompleter['apply']>[2], digest: string) {
    return this.requests.manager.transaction(async (tx) => {
      // Locked, so that two deliveries of one answer cannot both complete the activity.
      const current = await tx.findOne(DepartmentRequestEntity, { where: { id: requestId, callbackTokenHash: hash }, lock: { mode: 'pessimistic_write' } });
      if (!current) this.refuse('unknown', 'token replaced by a newer delivery of the request');
      if (current.status !== 'pending') {
        if (current.answerHash === digest) return { status: 'duplicate' as const };
        throw new DomainError(DomainErrorCode.Conflict, 'a different answer to this request was already applied');
      }
      await this.completer.apply(current.department, current.taskToken, answer);
      await tx.update(DepartmentRequestEntity, { id: requestId }, { status: answer.outcome, answerHash: digest, answeredAt: new Date() });
      this.logger.log({ department: current.department, requestId, outcome: answer.outcome }, 'department answer applied');
      return { status: 'applied' as const };
    });
  }

  /** Logged with the department and the reason; never the body, which may carry customer data. */
  private refuse(department: string, reason: string): never {
    this.logger.warn({ department, reason }, 'department callback refused');
    throw new DomainError(DomainErrorCode.Unauthenticated, `callback refused: ${reason}`);
  }
}
