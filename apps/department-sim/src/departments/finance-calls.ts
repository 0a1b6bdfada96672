import { BadRequestException, Injectable } from '@nestjs/common';
import { FinanceLedger } from './finance-ledger';

type Payload = Record<string, unknown>;

/** The finance department's short calls, answered in the response. */
@Injectable()
export class FinanceCalls {
  constructor(private readonly ledger: FinanceLedger) {}

  handle(kind: string, requestId: string, payload: Payload): unknown {
    switch (kind) {
      case 'pay-refund':
        return this.ledger.pay(requestId, 'refund', money(payload));
      case 'charge-shipping-fee':
        return this.ledger.pay(requestId, 'shipping-fee', money(payload));
      case 'confirm-order-payment':
        // L-4: an order's payment is received unless a test or demo marked it unpaid.
        return { paid: typeof payload.orderRef === 'string' && payload.orderRef.length > 0 && !this.ledger.isUnpaid(payload.orderRef) };
      case 'confirm-payment':
        return { received: typeof payload.paymentRef === 'string' && payload.paymentRef.length > 0 };
      default:
        throw new BadRequestException({ code: 'UNKNOWN_KIND', message: `the finance department does not handle ${kind}` });
    }
  }
}

function money(payload: Payload): { amountFen: number; currency: 'CNY'; caseNo: string } {
  const { amountFen, currency, caseNo } = payload;
  if (!Number.isInteger(amountFen) || (amountFen as number) <= 0) throw new BadRequestException({ code: 'VALIDATION_FAILED', message: 'amountFen must be a positive whole number of fen' });
  if (currency !== 'CNY') throw new BadRequestException({ code: 'VALIDATION_FAILED', message: 'currency must be CNY' });
  if (typeof caseNo !== 'string' || !caseNo) throw new BadRequestException({ code: 'VALIDATION_FAILED', message: 'caseNo is required' });
  return { amountFen: amountFen as number, currency, caseNo };
}
