import { DeepPartial, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import type { Acting, AuditService } from '@libs/audit';
import { callerScope, findIdempotentResult, rememberIdempotentResult, requestHash } from '@libs/database';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { SLA_POLICY_CODE } from '@libs/domain/sla/sla-policy-rules';

/** What the store writes for one version: the row's own columns and what the audit log records. */
export interface PolicyVersion<E> {
  row: Omit<DeepPartial<E>, 'code' | 'version'>;
  audit: Record<string, unknown>;
}

/** One kind of versioned policy: its table, its names, and its terms validator. */
export interface PolicyKind<E, I> {
  entity: EntityTarget<E>;
  /** As messages name it: `SLA policy`. */
  label: string;
  /** As the audit log and the lock name it: `sla-policy`. */
  resource: string;
  /** The API path a new version is written to: `/sla-policies`. */
  path: string;
  /** The terms validator: the version to store, or a DomainError naming the field. */
  version: (code: string, input: I, acting: Acting) => PolicyVersion<E>;
}

/**
 * SLA, return and follow-up policies as versioned data, stored the same way: a version is never
 * changed, a change is the next version of the code, so that running cases keep the snapshot they
 * started with. Each kind brings its own terms validator; the rest (codes, versions, locking, the
 * audit row in the same transaction) is here once.
 */
export class VersionedPolicyStore<E extends ObjectLiteral & { code: string; version: number }, I> {
  constructor(
    private readonly policies: Repository<E>,
    private readonly audit: Pick<AuditService, 'record'>,
    private readonly kind: PolicyKind<E, I>,
  ) {}

  /** The latest version of each code, or every version; by code, newest version first. */
  list(all = false): Promise<E[]> {
    const query = this.policies.createQueryBuilder('p').orderBy('p.code', 'ASC').addOrderBy('p.version', 'DESC');
    return (all ? query : query.distinctOn(['p.code'])).getMany();
  }

  /** Every version of a code, newest first. */
  async versions(code: string): Promise<E[]> {
    const versions = await this.policies.find({ where: { code: checkedPolicyCode(code) } as never, order: { version: 'DESC' } as never });
    if (!versions.length) throw this.unknown(code);
    return versions;
  }

  /**
   * Version 1 of a new code. A retry with the same `Idempotency-Key` (the caller's own) and body is
   * answered with the version it created instead of "exists".
   */
  async create(acting: Acting, code: string, input: I, idempotencyKey?: string): Promise<E> {
    const idempotency = idempotencyKey ? { scope: callerScope(`${this.kind.resource}.create`, acting), key: idempotencyKey, hash: requestHash({ code, input }) } : undefined;
    if (idempotency) {
      const earlier = await findIdempotentResult(this.policies.manager, idempotency.scope, idempotency.key, idempotency.hash);
      if (earlier) return this.version(earlier);
    }
    return this.write(acting, code, input, 'create', idempotency);
  }

  /** The next version of an existing code, with the full terms given (deactivation included). */
  addVersion(acting: Acting, code: string, input: I): Promise<E> {
    return this.write(acting, checkedPolicyCode(code), input, 'version');
  }

  private write(acting: Acting, code: string, input: I, kind: 'create' | 'version', idempotency?: { scope: string; key: string; hash: string }): Promise<E> {
    const next = this.kind.version(code, input, acting);
    return this.policies.manager.transaction(async (tx) => {
      if (idempotency) {
        await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${idempotency.scope}:${idempotency.key}`]);
        const earlier = await findIdempotentResult(tx, idempotency.scope, idempotency.key, idempotency.hash);
        if (earlier) return this.version(earlier, tx);
      }
      const latest = await this.latestLocked(tx, code);
      if (kind === 'create' && latest) throw new DomainError(DomainErrorCode.Conflict, `${this.kind.label} ${code} exists; PUT ${this.kind.path}/${code} writes a new version`, 'code');
      if (kind === 'version' && !latest) throw this.unknown(code);
      const version = (latest?.version ?? 0) + 1;
      const row = await tx.save(tx.create(this.kind.entity, { ...next.row, code, version } as DeepPartial<E>));
      if (idempotency) await rememberIdempotentResult(tx, idempotency.scope, idempotency.key, idempotency.hash, `${code}:${version}`);
      await this.audit.record(acting, `${this.kind.resource}.${kind}`, `${this.kind.resource}:${code}`, { version, ...next.audit }, tx);
      return row as E;
    });
  }

  /** One version by its `code:version` id, as an idempotency record names it. */
  private async version(id: string, manager: EntityManager = this.policies.manager): Promise<E> {
    const at = id.lastIndexOf(':');
    const row = await manager.findOne(this.kind.entity, { where: { code: id.slice(0, at), version: Number(id.slice(at + 1)) } as never });
    if (!row) throw this.unknown(id.slice(0, at));
    return row;
  }

  // Serialises writers of one code, so that two concurrent changes get versions n+1 and n+2.
  private async latestLocked(tx: EntityManager, code: string): Promise<E | null> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${this.kind.resource}:${code}`]);
    return tx.findOne(this.kind.entity, { where: { code } as never, order: { version: 'DESC' } as never });
  }

  private unknown(code: string): DomainError {
    return new DomainError(DomainErrorCode.NotFound, `no ${this.kind.label} ${code}`, 'code');
  }
}

export function checkedPolicyCode(code: string): string {
  if (!SLA_POLICY_CODE.test(code)) throw new DomainError(DomainErrorCode.Validation, 'code must be 2-41 lower-case letters, digits or -, starting with a letter', 'code');
  return code;
}

/** A policy stored as one `terms` document with `active` and `createdBy` (return and follow-up policies). */
export interface TermsDocumentInput<T> {
  terms: T;
  active: boolean;
}

/**
 * The terms validator of a policy kept as a terms document: the kind's `default` code must stay active
 * (cases that name no policy run under it), then the kind's own check of the terms.
 */
export function termsDocumentVersion<E, In, T>(options: {
  defaultCode: string;
  /** Why the default must stay active, as the 409 says it. */
  defaultMustStayActive: string;
  check: (terms: In) => T;
  /** Whether the audit row records the terms themselves or only the version and activity. */
  auditTerms: boolean;
}): (code: string, input: TermsDocumentInput<In>, acting: Acting) => PolicyVersion<E> {
  return (code, input, acting) => {
    if (code === options.defaultCode && !input.active) throw new DomainError(DomainErrorCode.Conflict, options.defaultMustStayActive, 'active');
    const terms = options.check(input.terms);
    return { row: { terms, active: input.active, createdBy: acting.principal.actor } as never, audit: options.auditTerms ? { active: input.active, terms } : { active: input.active } };
  };
}
