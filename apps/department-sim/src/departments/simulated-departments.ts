import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Department, DepartmentAnswer, DepartmentError, DEPARTMENTS } from '@libs/departments/protocol';
import { AnswerSender, CallbackResponse } from './answer-sender';
import { autoResult } from './auto-answers';
import { DepartmentControlDto, DepartmentRequestDto } from './simulator.dto';

export interface DepartmentControl {
  latencyMs: number;
  failureRate: number;
  duplicateRate: number;
  mode: 'auto' | 'manual';
  loseNextResponses: number;
}

export interface ReceivedRequest extends DepartmentRequestDto {
  receivedAt: string;
  answered: boolean;
}

const DEFAULT_CONTROL: DepartmentControl = { latencyMs: 200, failureRate: 0, duplicateRate: 0, mode: 'auto', loseNextResponses: 0 };
const SIMULATED_FAILURE: DepartmentError = { code: 'SIMULATED_FAILURE', message: 'the department could not process the request (simulated failure)' };

/** The four departments' behaviour: controls, received requests and their answers. In memory. */
@Injectable()
export class SimulatedDepartments implements OnModuleDestroy {
  private readonly logger = new Logger('SimulatedDepartments');
  private readonly controls = new Map<Department, DepartmentControl>(DEPARTMENTS.map((d) => [d, { ...DEFAULT_CONTROL }]));
  private readonly requests = new Map<string, ReceivedRequest>();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly sender: AnswerSender) {}

  control(department: Department, change: DepartmentControlDto): DepartmentControl {
    const next = { ...this.controls.get(department)!, ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) };
    this.controls.set(department, next);
    return next;
  }

  /** requestId is the idempotency key: a repeat never creates new work, it only refreshes where to answer. */
  receive(request: DepartmentRequestDto): { requestId: string; status: 'accepted'; repeated: boolean } {
    const known = this.requests.get(request.requestId);
    if (known) {
      if (!known.answered) Object.assign(known, { callbackUrl: request.callbackUrl, callbackToken: request.callbackToken });
      return { requestId: request.requestId, status: 'accepted', repeated: true };
    }
    this.requests.set(request.requestId, { ...request, receivedAt: new Date().toISOString(), answered: false });
    const control = this.controls.get(request.department)!;
    if (control.mode === 'auto') this.later(control.latencyMs, () => this.answerAutomatically(request.requestId));
    return { requestId: request.requestId, status: 'accepted', repeated: false };
  }

  /** For a short call: waits the latency, then says whether to fail, lose the response or answer. */
  async beforeCall(department: Department): Promise<'fail' | 'lose-response' | 'answer'> {
    const control = this.controls.get(department)!;
    if (control.latencyMs) await new Promise((resolve) => setTimeout(resolve, control.latencyMs));
    if (Math.random() < control.failureRate) return 'fail';
    if (control.loseNextResponses > 0) {
      control.loseNextResponses -= 1;
      return 'lose-response';
    }
    return 'answer';
  }

  pending(): ReceivedRequest[] {
    return [...this.requests.values()].filter((r) => !r.answered && this.controls.get(r.department)!.mode === 'manual');
  }

  /** Every request of one kind received so far, answered or not, oldest first. */
  received(department: Department, kind: string): ReceivedRequest[] {
    return [...this.requests.values()].filter((r) => r.department === department && r.kind === kind);
  }

  find(requestId: string): ReceivedRequest | undefined {
    return this.requests.get(requestId);
  }

  /** Answers one request now (manual mode, or again on purpose to test duplicates). */
  async answer(request: ReceivedRequest, answer: Omit<DepartmentAnswer, 'requestId'>): Promise<CallbackResponse> {
    request.answered = true;
    return this.sender.send(request.department, request.callbackUrl, { requestId: request.requestId, ...answer });
  }

  onModuleDestroy(): void {
    for (const timer of this.timers) clearTimeout(timer);
  }

  private async answerAutomatically(requestId: string): Promise<void> {
    const request = this.requests.get(requestId)!;
    const control = this.controls.get(request.department)!;
    const answer: Omit<DepartmentAnswer, 'requestId'> =
      Math.random() < control.failureRate
        ? { outcome: 'failed', error: SIMULATED_FAILURE }
        : { outcome: 'completed', result: autoResult(request.department, request.kind, request.payload) };
    const first = await this.answer(request, answer);
    this.logger.log({ department: request.department, requestId, outcome: answer.outcome, callbackStatus: first.statusCode }, 'answered');
    if (Math.random() < control.duplicateRate) await this.answer(request, answer);
  }

  private later(ms: number, run: () => Promise<void>): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run().catch((error: Error) => this.logger.error(`automatic answer failed: ${error.message}`));
    }, ms);
    this.timers.add(timer);
  }
}
