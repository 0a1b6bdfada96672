import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { AppConfig } from '@libs/config';
import { ApiDescription, createApiDocument } from '@libs/http';
import { OPERATION_DESCRIPTIONS } from './api-operations';
import { AppModule } from './app.module';

export const API_DESCRIPTION: ApiDescription = {
  title: 'After-sales platform API',
  description:
    'Complaints, returns and follow-up calls as durable workflows. Every case is a Temporal workflow; lists come from PostgreSQL. ' +
    'Sign in with POST /auth/login and send `Authorization: Bearer <accessToken>`; integrations use API keys the same way. ' +
    'Every error has the body `ErrorBodyDto`; money is in fen (integers), dates are ISO 8601.',
  tags: {
    admin: 'Staff sign-in credentials and API keys (admins)',
    auth: 'Sign-in',
    codec: 'Payload encryption for the Temporal UI (supervisors and up)',
    complaints: 'Complaints and their SLA clock (C-1..C-13)',
    customers: 'Customer files, products and file deadlines (A-1..A-8)',
    'department callbacks': 'Answers of the departments to long requests, signed with their shared secret',
    'follow-up-policies': 'Follow-up policies as versioned data (admins)',
    'follow-ups': 'Follow-up calls (回访): plans, the worklist, attempts (F-1..F-12)',
    health: 'Liveness and readiness',
    notifications: 'The notification outbox',
    reports: 'Reports for management (C-11, F-12, K-1..K-8)',
    'return-policies': 'Return timeouts as versioned data (R-8, admins)',
    returns: 'Refund, return and exchange requests and the damage register (R-1..R-9, L-1..L-3)',
    'sla-policies': 'SLA policies as versioned data (admins)',
    staff: 'Staff, departments, absences and departures (A-7)',
  },
  operations: OPERATION_DESCRIPTIONS,
};

/** The document of an application as served at `/docs-json`. */
export function apiDocumentOf(app: INestApplication): OpenAPIObject {
  return createApiDocument(app, API_DESCRIPTION);
}

/** The same document without connecting to anything: the modules are scanned, no provider is created. */
export async function buildApiDocument(config: AppConfig): Promise<OpenAPIObject> {
  const app = await NestFactory.create(AppModule.forRoot(config), { preview: true, logger: false, abortOnError: false });
  try {
    return apiDocumentOf(app);
  } finally {
    await app.close();
  }
}
