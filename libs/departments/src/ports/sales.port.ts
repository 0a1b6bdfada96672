/** F-11: purchase intent found on a follow-up call goes back to the sales manager with the call notes. */
export interface LeadHandover {
  leadId: string;
  customerNo: string;
  interest: string;
  callNotes: string;
  foundBy: string;
}

/** L-4: `check-stock`, a short call: which items the stock cannot cover (none: all in stock). */
export interface StockCheckRequest {
  caseNo: string;
  items: Array<{ sku: string; quantity: number }>;
}
