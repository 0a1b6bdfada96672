import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CustomerEntity, StaffMemberEntity } from '@libs/database';
import type { ComplaintInput } from '@workflows/complaint/complaint.contract';

let sequence = 0;
const next = () => (sequence += 1);

export async function givenAgent(ds: DataSource, over: Partial<StaffMemberEntity> = {}): Promise<StaffMemberEntity> {
  const n = next();
  return ds.getRepository(StaffMemberEntity).save({
    code: `AG-${String(100 + n).padStart(3, '0')}`,
    name: `Agent ${n}`,
    role: 'agent',
    skills: ['quality', 'service', 'logistics', 'billing', 'other'],
    servesVip: false,
    capacity: 30,
    status: 'active',
    ...over,
  });
}

export async function givenCustomer(ds: DataSource, over: Partial<CustomerEntity> = {}): Promise<CustomerEntity> {
  const n = next();
  return ds.getRepository(CustomerEntity).save({
    customerNo: `CU-${String(900000 + n)}`,
    name: `测试客户${n}`,
    phone: `1390000${String(n).padStart(4, '0')}`,
    region: '浙江省杭州市',
    tier: 'regular',
    ...over,
  });
}

/** The input of a complaint workflow started directly (not through the API), for the customer given. */
export function complaintInputFor(customer: Pick<CustomerEntity, 'id' | 'customerNo'>, over: Partial<ComplaintInput> = {}): ComplaintInput {
  const caseNo = `CP-20261124-${randomUUID().replace(/\D/g, '').slice(0, 6).padEnd(6, '3')}`;
  return {
    caseNo,
    customerId: customer.id,
    customerNo: customer.customerNo,
    customerTier: 'regular',
    channel: 'phone',
    category: 'quality',
    severity: 'normal',
    description: 'heater broken',
    registeredBy: 'test',
    ...over,
  };
}
