import { randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { StaffMemberEntity } from '@libs/database';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { hashPassword, verifyPassword } from './credentials/password-hash';
import { StaffAccessService } from './staff-access.service';
import { TokenService } from './token.service';

export class InvalidCredentialsError extends Error {}

@Injectable()
export class LoginService {
  private readonly logger = new Logger(LoginService.name);
  // Checked against when there is no stored hash, so that an unknown user costs the same scrypt run
  // as a wrong password and names cannot be told apart by the answer's time.
  private readonly dummyHash = hashPassword(randomBytes(24).toString('base64'));

  constructor(
    @InjectRepository(StaffMemberEntity) private readonly staff: Repository<StaffMemberEntity>,
    private readonly tokens: TokenService,
    private readonly access: StaffAccessService,
    private readonly audit: AuditService,
  ) {}

  /** Staff sign-in. The same error, in the same time, for an unknown user and a wrong password. */
  async login(username: string, password: string) {
    const member = await this.staff.findOne({ where: { username }, select: ['id', 'code', 'role', 'status', 'passwordHash', 'tokenVersion'] });
    const stored = member?.passwordHash ?? (await this.dummyHash);
    const matches = await verifyPassword(password, stored);
    if (!member?.passwordHash || !matches || member.status === 'departed') {
      this.logger.warn(`Failed sign-in for username "${username.slice(0, 64)}"`);
      throw new InvalidCredentialsError('username or password is wrong');
    }
    return { ...this.tokens.issue(member), tokenType: 'Bearer' as const, staffCode: member.code, role: member.role };
  }

  /** Admins set a staff member's sign-in name and password; every earlier token and key of that person ends. */
  async setCredentials(acting: Acting, code: string, username: string, password: string): Promise<void> {
    const member = await this.staff.findOneBy({ code });
    if (!member) throw new DomainError(DomainErrorCode.NotFound, `no staff member ${code}`, 'code');
    const taken = await this.staff.findOneBy({ username });
    if (taken && taken.id !== member.id) throw new DomainError(DomainErrorCode.Conflict, `username ${username} is taken`, 'username');
    const passwordHash = await hashPassword(password);
    await this.staff.manager.transaction(async (tx) => {
      await tx.update(StaffMemberEntity, { id: member.id }, { username, passwordHash });
      const { keysRevoked } = await this.access.endAccessIn(tx, code);
      await this.audit.record(acting, 'staff.set-credentials', `staff:${code}`, { username, sessionsEnded: true, keysRevoked }, tx);
    });
    this.access.forget(code);
  }

  /** "Sign out everywhere": every token and API key of the person ends now. */
  async endSessions(acting: Acting, code: string): Promise<{ code: string; keysRevoked: number }> {
    const member = await this.staff.findOneBy({ code });
    if (!member) throw new DomainError(DomainErrorCode.NotFound, `no staff member ${code}`, 'code');
    const { keysRevoked } = await this.staff.manager.transaction(async (tx) => {
      const ended = await this.access.endAccessIn(tx, code);
      await this.audit.record(acting, 'staff.sign-out-everywhere', `staff:${code}`, { keysRevoked: ended.keysRevoked }, tx);
      return ended;
    });
    this.access.forget(code);
    return { code, keysRevoked };
  }
}
