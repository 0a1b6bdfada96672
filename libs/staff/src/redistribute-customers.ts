import { EntityManager } from 'typeorm';
import { chooseCustomerAgent, CustomerAgentCandidate } from '@libs/domain/customers/assign-customer';
import type { CustomerTier } from '@libs/domain/customers/customer-tier';

/**
 * the customers of a staff member who left go to the other active agents, balanced as for a
 * new customer (A-5: VIPs to VIP agents). Customers nobody can take keep no agent. Returns how many moved.
 */
export async function redistributeCustomers(tx: EntityManager, leaving: string): Promise<number> {
  const customers: Array<{ id: string; tier: CustomerTier }> = await tx.query(
    `SELECT id, tier FROM customers WHERE assigned_agent_code = $1 ORDER BY customer_no FOR UPDATE`,
    [leaving],
  );
  if (customers.length === 0) return 0;
  const rows: Array<{ code: string; serves_vip: boolean; customers: string }> = await tx.query(
    `SELECT s.code, s.serves_vip, (SELECT count(*) FROM customers c WHERE c.assigned_agent_code = s.code) AS customers
       FROM staff_members s WHERE s.role = 'agent' AND s.status = 'active' AND s.code <> $1`,
    [leaving],
  );
  const candidates: CustomerAgentCandidate[] = rows.map((r) => ({ code: r.code, servesVip: r.serves_vip, status: 'active', customers: Number(r.customers) }));
  const ids: string[] = [];
  const agents: Array<string | null> = [];
  for (const customer of customers) {
    const chosen = chooseCustomerAgent(candidates, { tier: customer.tier, broughtInBy: null });
    if (chosen) candidates.find((c) => c.code === chosen.code)!.customers += 1;
    ids.push(customer.id);
    agents.push(chosen?.code ?? null);
  }
  await tx.query(
    `UPDATE customers c SET assigned_agent_code = m.agent, updated_at = now()
       FROM unnest($1::uuid[], $2::text[]) AS m(id, agent) WHERE c.id = m.id`,
    [ids, agents],
  );
  return customers.length;
}
