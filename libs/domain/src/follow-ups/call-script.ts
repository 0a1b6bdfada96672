// F-9 call script: identify, thank, ask satisfaction; satisfied → ask for suggestions; unsatisfied →
// ask what, apologise, promise improvement; the outcome is recorded with a score. The policy adds
// questions of its own per call (received and intact? sell-through? stock on hand?). Pure.
import type { ComplaintCategory } from '../complaints/complaint-category';
import { COMPLAINT_CATEGORIES } from '../complaints/complaint-category';
import type { FollowUpPolicyTerms, FollowUpStep, QuestionType } from './follow-up-policy';
import { CALL_OUTCOMES, CallOutcome } from './follow-up-types';

export type AnswerValue = string | number | boolean;

/** What an agent records for one call attempt. */
export interface CallAttemptInput {
  outcome: CallOutcome;
  /** F-9: 1 (very unsatisfied) to 5 (very satisfied), when the customer was reached. */
  satisfactionScore?: number;
  /** F-9: the script's answers by question id. */
  answers?: Record<string, AnswerValue>;
  notes?: string;
  /** F-11: purchase intent the sales team has not acted on. */
  purchaseIntent?: { interest: string };
  /** F-10: what a dissatisfied customer's complaint is about (service unless said). */
  complaintCategory?: ComplaintCategory;
}

export type AskWhen = 'reached' | 'satisfied' | 'unsatisfied';

export interface ScriptLine {
  id: string;
  text: string;
  type: QuestionType;
  required: boolean;
  /** When the agent asks it: every reached call, or depending on the score. */
  when: AskWhen;
}

export const MAX_NOTES = 2000;
export const MAX_ANSWER_TEXT = 1000;

/** The standard lines of F-9 and the policy's own questions, in the order the agent goes through them. */
export function callScript(step: Pick<FollowUpStep, 'askSatisfaction' | 'questions'>): ScriptLine[] {
  const lines: ScriptLine[] = [
    { id: 'identity_confirmed', text: 'Introduce yourself and confirm you speak with the customer', type: 'yes_no', required: true, when: 'reached' },
    { id: 'thanked', text: 'Thank the customer for their purchase or visit', type: 'yes_no', required: true, when: 'reached' },
    ...step.questions.map((q) => ({ ...q, when: 'reached' as const })),
  ];
  if (!step.askSatisfaction) return lines;
  return [
    ...lines,
    { id: 'suggestions', text: 'Satisfied: ask for suggestions on products and service', type: 'text', required: false, when: 'satisfied' },
    { id: 'dissatisfied_with', text: 'Not satisfied: ask what the customer is unhappy with', type: 'text', required: true, when: 'unsatisfied' },
    { id: 'apologised', text: 'Apologise', type: 'yes_no', required: true, when: 'unsatisfied' },
    { id: 'improvement_promised', text: 'Promise improvement and thank the customer for telling us', type: 'yes_no', required: true, when: 'unsatisfied' },
  ];
}

export interface AttemptProblem {
  field: string;
  message: string;
}

const TYPE_TEXT: Record<QuestionType, string> = { yes_no: 'true or false', text: 'a text', number: 'a number' };

function fits(type: QuestionType, value: unknown): boolean {
  if (type === 'yes_no') return typeof value === 'boolean';
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  return typeof value === 'string' && value.trim().length > 0 && value.length <= MAX_ANSWER_TEXT;
}

/**
 * The first thing wrong with an attempt for a call of `step`, naming its field, or undefined.
 * A score belongs to a reached customer only; a reached customer's answers follow the script.
 */
export function attemptProblem(
  attempt: CallAttemptInput,
  step: Pick<FollowUpStep, 'askSatisfaction' | 'questions'>,
  terms: Pick<FollowUpPolicyTerms, 'unsatisfiedAtOrBelow'>,
): AttemptProblem | undefined {
  if (!attempt || typeof attempt !== 'object') return { field: 'attempt', message: 'the attempt must be an object' };
  if (!CALL_OUTCOMES.includes(attempt.outcome)) return { field: 'outcome', message: `outcome must be one of: ${CALL_OUTCOMES.join(', ')}` };
  if (attempt.notes !== undefined && (typeof attempt.notes !== 'string' || attempt.notes.length > MAX_NOTES)) {
    return { field: 'notes', message: `notes must be a text of at most ${MAX_NOTES} characters` };
  }
  const answers = attempt.answers ?? {};
  if (typeof answers !== 'object' || Array.isArray(answers)) return { field: 'answers', message: 'answers must be an object of answers by question id' };
  if (attempt.outcome !== 'reached') {
    if (attempt.satisfactionScore !== undefined) return { field: 'satisfactionScore', message: `satisfactionScore is recorded only when the customer was reached (outcome ${attempt.outcome})` };
    if (Object.keys(answers).length > 0) return { field: 'answers', message: `answers are recorded only when the customer was reached (outcome ${attempt.outcome})` };
    if (attempt.purchaseIntent !== undefined) return { field: 'purchaseIntent', message: 'purchaseIntent is recorded only when the customer was reached' };
    return undefined;
  }
  const score = attempt.satisfactionScore;
  if (step.askSatisfaction && score === undefined) return { field: 'satisfactionScore', message: 'satisfactionScore is required when the customer was reached (F-9): a whole number from 1 to 5' };
  if (score !== undefined && !(Number.isInteger(score) && score >= 1 && score <= 5)) return { field: 'satisfactionScore', message: 'satisfactionScore must be a whole number from 1 to 5' };
  const unsatisfied = score !== undefined && score <= terms.unsatisfiedAtOrBelow;
  const asked = (when: AskWhen) => when === 'reached' || (score !== undefined && (when === 'unsatisfied') === unsatisfied);
  const script = callScript(step);
  for (const id of Object.keys(answers)) {
    const line = script.find((l) => l.id === id);
    if (!line) return { field: `answers.${id}`, message: `answers.${id} is not a question of this call's script; its questions are ${script.map((l) => l.id).join(', ')}` };
    if (!asked(line.when)) return { field: `answers.${id}`, message: `answers.${id} is asked only when the customer is ${line.when} (score ${score})` };
    if (!fits(line.type, answers[id])) return { field: `answers.${id}`, message: `answers.${id} must be ${TYPE_TEXT[line.type]}` };
  }
  for (const line of script) {
    if (line.required && asked(line.when) && answers[line.id] === undefined) {
      const why = line.when === 'unsatisfied' ? ` when the score is ${terms.unsatisfiedAtOrBelow} or less (F-9)` : ' (F-9)';
      return { field: `answers.${line.id}`, message: `answers.${line.id} is required${why}: ${line.text}` };
    }
  }
  if (attempt.purchaseIntent !== undefined) {
    const interest = attempt.purchaseIntent?.interest;
    if (typeof interest !== 'string' || !interest.trim() || interest.length > 500) return { field: 'purchaseIntent.interest', message: 'purchaseIntent.interest must say what the customer wants to buy (1-500 characters)' };
  }
  if (attempt.complaintCategory !== undefined && !COMPLAINT_CATEGORIES.includes(attempt.complaintCategory)) {
    return { field: 'complaintCategory', message: `complaintCategory must be one of: ${COMPLAINT_CATEGORIES.join(', ')}` };
  }
  return undefined;
}

/** F-10: whether the attempt reveals dissatisfaction that becomes a complaint. */
export function startsComplaint(attempt: Pick<CallAttemptInput, 'outcome' | 'satisfactionScore'>, terms: Pick<FollowUpPolicyTerms, 'complaintAtOrBelow'>): boolean {
  return attempt.outcome === 'reached' && attempt.satisfactionScore !== undefined && attempt.satisfactionScore <= terms.complaintAtOrBelow;
}
