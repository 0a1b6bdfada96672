// The complaint list's free text: one box for what staff have at hand on the phone. Each kind of
// text becomes the pattern an index answers (customers are found as A-3 finds them). The
// description is kept only encrypted: it is matched through its blind index (`../cases/description-search`).
import { codeMatch, escapeLike, normaliseCode, normalisePhone, phoneMatch, TextMatch, textMatch } from '../customers/customer-search';
import { DomainError, DomainErrorCode } from '../errors/domain-error';

export interface ComplaintTextSearch {
  /** Part of the case number, upper-case (`CP-2026`, `0012`). */
  caseNo: string | null;
  /** A whole customer number. */
  customerNo: string | null;
  /** The customer's name, as A-3 matches it. */
  name: TextMatch;
  /** The phone, as A-3 matches it, when the text is 4 to 20 digits. */
  phone: { pattern: string; tail?: string } | null;
  /** The beginning of the product serial/VIN or order number. */
  productRef: string | null;
}

export function complaintTextSearch(q: string, field = 'q'): ComplaintTextSearch {
  const text = q.trim();
  if (!text) throw new DomainError(DomainErrorCode.Validation, `${field} must not be empty`, field);
  const upper = text.toUpperCase();
  const digits = normalisePhone(text);
  const codeLike = /^[A-Za-z0-9·\s-]{2,60}$/.test(text) && normaliseCode(text).length >= 2 && normaliseCode(text).length <= 40;
  return {
    caseNo: /^[A-Z0-9-]{3,}$/.test(upper) ? `%${escapeLike(upper)}%` : null,
    customerNo: /^CU-\d{6}$/.test(upper) ? upper : null,
    name: textMatch(text, field),
    phone: /^\d{4,20}$/.test(digits) ? phoneMatch(digits, field) : null,
    productRef: codeLike ? codeMatch(text, field).pattern : null,
  };
}
