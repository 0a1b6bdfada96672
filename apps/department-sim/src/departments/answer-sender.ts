import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig, AppConfigToken } from '@libs/config';
import { Department, DepartmentAnswer } from '@libs/departments/protocol';
import { departmentSecretsOf } from '@libs/departments/secrets';
import { signedHeaders } from '@libs/departments/signature';

export interface CallbackResponse {
  statusCode: number;
  body: unknown;
}

/** Posts a department's answer to the platform's callback URL, signed as the real department would. */
@Injectable()
export class AnswerSender {
  private readonly logger = new Logger('AnswerSender');
  private readonly secrets;

  constructor(@Inject(AppConfigToken) config: AppConfig) {
    this.secrets = departmentSecretsOf(config.DEPARTMENT_SECRETS);
  }

  secretOf(department: Department): string | undefined {
    return this.secrets?.get(department);
  }

  async send(department: Department, callbackUrl: string, answer: DepartmentAnswer): Promise<CallbackResponse> {
    const secret = this.secretOf(department);
    if (!secret) throw new Error(`no secret for ${department} in DEPARTMENT_SECRETS`);
    const raw = JSON.stringify(answer);
    try {
      const response = await fetch(callbackUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...signedHeaders(secret, raw) },
        body: raw,
        signal: AbortSignal.timeout(10_000),
      });
      const text = await response.text();
      return { statusCode: response.status, body: text ? JSON.parse(text) : null };
    } catch (error) {
      this.logger.warn({ department, requestId: answer.requestId, reason: (error as Error).message }, 'callback not delivered');
      return { statusCode: 0, body: { message: (error as Error).message } };
    }
  }
}
