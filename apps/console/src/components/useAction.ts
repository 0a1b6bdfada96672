import { App } from 'antd';
import type { FormInstance } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';

/**
 * Runs one action against the server. A refusal shows the server's own message; a 400 naming a field
 * is shown at that field of `form` when the form has it.
 */
export function useAction<V, R = unknown>(
  run: (values: V) => Promise<R>,
  options: { invalidate?: unknown[][]; form?: FormInstance; fields?: string[]; onDone?: (result: R) => void } = {},
) {
  const { message, notification } = App.useApp();
  const { t } = useI18n();
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async (result) => {
      message.success(t('action.done'));
      for (const key of options.invalidate ?? []) await client.invalidateQueries({ queryKey: key });
      options.onDone?.(result);
    },
    onError: (error) => {
      const text = error instanceof Error ? error.message : String(error);
      if (error instanceof ApiError && error.field && options.form && options.fields?.includes(error.field)) {
        options.form.setFields([{ name: error.field, errors: [text] }]);
        return;
      }
      notification.error({ message: t('action.refused'), description: text, placement: 'top', duration: 8 });
    },
  });
}
