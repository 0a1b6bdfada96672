import type { ComplaintCategory } from '@libs/domain/complaints/complaint-category';
import type { CustomerTier } from '@libs/domain/customers/customer-tier';
import type { StaffRole } from '@libs/domain/staff/staff';

// A small, believable data set for a first look at the platform (`npm start` loads it once).
// Customer names and places are what a user of a Chinese after-sales desk would see.
export const DEMO_STAFF: Array<{ code: string; name: string; role: StaffRole; skills: ComplaintCategory[]; servesVip: boolean; capacity: number }> = [
  { code: 'AG-001', name: 'Li Na', role: 'agent', skills: ['quality', 'service'], servesVip: false, capacity: 30 },
  { code: 'AG-002', name: 'Wang Fang', role: 'agent', skills: ['logistics', 'billing'], servesVip: false, capacity: 30 },
  { code: 'AG-003', name: 'Zhang Wei', role: 'agent', skills: ['quality', 'logistics', 'other'], servesVip: false, capacity: 25 },
  { code: 'VIP-001', name: 'Chen Jing', role: 'agent', skills: ['quality', 'service', 'logistics', 'billing', 'other'], servesVip: true, capacity: 15 },
  { code: 'SUP-001', name: 'Liu Yang', role: 'supervisor', skills: [], servesVip: false, capacity: 0 },
  { code: 'MGR-001', name: 'Zhao Min', role: 'manager', skills: [], servesVip: false, capacity: 0 },
  { code: 'GMO-001', name: 'Sun Hui', role: 'gm_office', skills: [], servesVip: false, capacity: 0 },
  // Returns only: the warehouse receives and inspects, finance confirms payments and retries refunds.
  { code: 'WH-001', name: 'Zhou Qiang', role: 'warehouse', skills: [], servesVip: false, capacity: 0 },
  { code: 'FIN-001', name: 'Wu Li', role: 'finance', skills: [], servesVip: false, capacity: 0 },
];

export const DEMO_CUSTOMERS: Array<{ customerNo: string; name: string; organisation: string | null; phone: string; region: string; tier: CustomerTier; birthday: string | null }> = [
  { customerNo: 'CU-000001', name: '王建国', organisation: '杭州顺达物流有限公司', phone: '13800000001', region: '浙江省杭州市', tier: 'vip', birthday: '1978-03-12' },
  { customerNo: 'CU-000002', name: '李小红', organisation: null, phone: '13800000002', region: '江苏省南京市', tier: 'regular', birthday: '1990-07-21' },
  { customerNo: 'CU-000003', name: '张伟', organisation: '成都蓉城车行', phone: '13800000003', region: '四川省成都市', tier: 'dealer', birthday: null },
  { customerNo: 'CU-000004', name: '刘芳', organisation: '武汉光谷科技园', phone: '13800000004', region: '湖北省武汉市', tier: 'group_buy', birthday: '1985-11-30' },
  { customerNo: 'CU-000005', name: '陈明', organisation: null, phone: '13800000005', region: '广东省深圳市', tier: 'regular', birthday: '1995-01-05' },
  { customerNo: 'CU-000006', name: '赵丽', organisation: null, phone: '13800000006', region: '北京市海淀区', tier: 'regular', birthday: null },
];
