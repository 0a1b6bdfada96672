import { DataSource } from 'typeorm';
import { CustomerEntity, StaffMemberEntity } from '@libs/database';

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
