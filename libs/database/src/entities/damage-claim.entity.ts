import { Column, Entity, PrimaryColumn } from 'typeorm';

const bigintAsNumber = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** L-3: the damage register: one row per damage or loss claim filed with the courier (L-2). */
@Entity({ name: 'damage_claims' })
export class DamageClaimEntity {
  @PrimaryColumn({ name: 'claim_id' })
  claimId: string;

  @Column({ name: 'return_no' })
  returnNo: string;

  @Column({ name: 'waybill_no' })
  waybillNo: string;

  @Column({ type: 'text' })
  kind: 'damaged' | 'lost';

  @Column({ name: 'parcel_condition' })
  parcelCondition: string;

  @Column({ name: 'courier_agent_id' })
  courierAgentId: string;

  @Column({ name: 'goods_value_fen', type: 'bigint', transformer: bigintAsNumber })
  goodsValueFen: number;

  @Column({ name: 'item_no' })
  itemNo: string;

  @Column()
  handler: string;

  @Column({ type: 'text' })
  status: 'filed' | 'accepted' | 'rejected' | 'unanswered';

  @Column({ name: 'claim_no', type: 'text', nullable: true })
  claimNo: string | null;

  @Column({ name: 'compensation_fen', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  compensationFen: number | null;

  @Column({ name: 'filed_at', type: 'timestamptz' })
  filedAt: Date;

  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true })
  settledAt: Date | null;
}
