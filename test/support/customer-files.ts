import { DataSource } from 'typeorm';
import { CustomerEntity, CustomerProductEntity } from '@libs/database';

let sequence = 0;

/** A customer file with optional products, written directly (for reports and search fixtures). */
export async function givenCustomerFile(
  ds: DataSource,
  over: Partial<CustomerEntity> = {},
  products: Array<Partial<CustomerProductEntity>> = [],
): Promise<CustomerEntity> {
  sequence += 1;
  const customer = await ds.getRepository(CustomerEntity).save({
    customerNo: `CU-${String(700000 + sequence)}`,
    name: `档案客户${sequence}`,
    tier: 'regular',
    ...over,
  });
  for (const product of products) {
    await ds.getRepository(CustomerProductEntity).save({ customerId: customer.id, model: 'EB-200', ...product });
  }
  return customer;
}

/** Sets the creation time of a file (the API always stamps now). */
export async function createdAt(ds: DataSource, customerId: string, at: string): Promise<void> {
  await ds.query(`UPDATE customers SET created_at = $2 WHERE id = $1`, [customerId, at]);
}
