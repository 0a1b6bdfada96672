import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DamageClaimEntity } from '@libs/database';
import { checkedPeriod } from '../period';
import { DamageClaimListDto, ListDamageClaimsQuery, mapDamageClaim } from './damage-claim.dto';

/** L-3: reads the damage register the return workflows write (one row per claim, L-2). */
@Injectable()
export class DamageClaimsService {
  constructor(@InjectRepository(DamageClaimEntity) private readonly claims: Repository<DamageClaimEntity>) {}

  async list(query: ListDamageClaimsQuery): Promise<DamageClaimListDto> {
    const { from, to } = checkedPeriod(query);
    const q = this.claims.createQueryBuilder('d').orderBy('d.filed_at', 'DESC').addOrderBy('d.claim_id', 'DESC').take(query.limit).skip(query.offset);
    if (query.returnNo) q.andWhere('d.return_no = :returnNo', { returnNo: query.returnNo });
    if (query.waybillNo) q.andWhere('d.waybill_no = :waybillNo', { waybillNo: query.waybillNo });
    if (query.kind) q.andWhere('d.kind = :kind', { kind: query.kind });
    if (query.status) q.andWhere('d.status = :status', { status: query.status });
    if (from) q.andWhere('d.filed_at >= :from', { from });
    if (to) q.andWhere('d.filed_at < :to', { to });
    const [rows, total] = await q.getManyAndCount();
    return { items: rows.map(mapDamageClaim), total };
  }
}
