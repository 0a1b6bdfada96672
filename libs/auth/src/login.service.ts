import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { StaffMemberEntity } from '@libs/database';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { hashPassword, verifyPassword } from './credentials/password-hash';
import { TokenService } from './token.service';

export class InvalidCredentialsError extends Error {}

@Injectable()
export class LoginService {
  private readonly logger = new Logger(LoginService.name);

  constructor(
    @InjectRepository(StaffMemberEntity) private readonly staff: Repository<StaffMemberEntity>,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
  ) {}

  /** Staff sign-in. The same error for an unknown user and a wrong password, so names cannot be probed. */
  async login(username: string, password: string) {
    const member = await this.staff.findOne({ where: { username }, select: ['id', 'code', 'role', 'status', 'passwordHash'] });
    const ok = member?.passwordHash ? await verifyPassword(password, member.passwordHash) : false;
    if (!member || !ok || member.status === 'departed') {
      this.logger.warn(`Failed sign-in for username "${username.slice(0, 64)}"`);
      throw new InvalidCredentialsError('username or password is wrong');
    }
    return { ...this.tokens.issue(member.code, member.role), tokenType: 'Bearer' as const, staffCode: member.code, role: member.role };
  }

  /** Admins set a staff member's sign-in name and password. */
  async setCredentials(acting: Acting, code: string, username: string, password: string): Promise<void> {
    const member = await this.staff.findOneBy({ code });
    if (!member) throw new DomainError(DomainErrorCode.NotFound, `no staff member ${code}`, 'code');
    const taken = await this.staff.findOneBy({ username });
    if (taken && taken.id !== member.id) throw new DomainError(DomainErrorCode.Conflict, `username ${username} is taken`, 'username');
    await this.staff.update({ id: member.id }, { username, passwordHash: await hashPassword(password) });
    await this.audit.record(acting, 'staff.set-credentials', `staff:${code}`, { username });
  }
}
