import { EntityManager } from 'typeorm';

/**
 * The next free `CU-NNNNNN` number. The advisory lock serialises allocations until the transaction
 * ends; the unique index on customer_no answers the max backwards, so it stays cheap at any volume.
 */
export async function allocateCustomerNumber(manager: EntityManager): Promise<string> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('customers.customer_no'))`);
  const rows: Array<{ customer_no: string }> = await manager.query(
    `SELECT customer_no FROM customers WHERE customer_no LIKE 'CU-______' ORDER BY customer_no DESC LIMIT 1`,
  );
  const last = rows.length > 0 ? Number(rows[0].customer_no.slice(3)) : 0;
  return `CU-${String(last + 1).padStart(6, '0')}`;
}
