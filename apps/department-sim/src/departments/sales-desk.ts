import { BadRequestException, Injectable } from '@nestjs/common';

/** The sales team: takes each lead once (F-11) and names the sales manager who owns it. */
@Injectable()
export class SalesDesk {
  private readonly leads = new Map<string, { accepted: true; salesOwner: string }>();

  handle(kind: string, requestId: string): unknown {
    if (kind !== 'hand-over-lead') throw new BadRequestException({ code: 'UNKNOWN_KIND', message: `the sales department does not handle ${kind}` });
    const known = this.leads.get(requestId);
    if (known) return known;
    const answer = { accepted: true as const, salesOwner: 'SM-001' };
    this.leads.set(requestId, answer);
    return answer;
  }
}
