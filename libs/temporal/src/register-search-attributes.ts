import { Connection } from '@temporalio/client';
import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import type { temporal } from '@temporalio/proto';
import { PLATFORM_SEARCH_ATTRIBUTES } from './search-attributes';

export interface RegistrationResult {
  added: string[];
  present: string[];
}

/**
 * Registers the platform's search attributes on a namespace; safe to run any number of times.
 * An attribute that exists with another type is an operator error and is reported, not changed.
 */
export async function registerSearchAttributes(connection: Connection, namespace: string): Promise<RegistrationResult> {
  const existing = await connection.operatorService.listSearchAttributes({ namespace });
  const current = existing.customAttributes ?? {};
  const missing: Record<string, temporal.api.enums.v1.IndexedValueType> = {};
  const present: string[] = [];
  for (const key of PLATFORM_SEARCH_ATTRIBUTES) {
    const wanted = encodeSearchAttributeIndexedValueType(key.type)!;
    if (key.name in current) {
      if (current[key.name] !== wanted) {
        throw new Error(
          `Search attribute ${key.name} exists on namespace ${namespace} with another type; expected ${key.type}`,
        );
      }
      present.push(key.name);
    } else {
      missing[key.name] = wanted;
    }
  }
  if (Object.keys(missing).length > 0) {
    await connection.operatorService.addSearchAttributes({ namespace, searchAttributes: missing });
  }
  return { added: Object.keys(missing), present };
}
