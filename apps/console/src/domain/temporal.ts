// Where a case's workflow is in the Temporal UI. The API does not publish the UI's address, so it comes
// from the build (`VITE_TEMPORAL_UI_URL`, default the dev server's) — see the README's API gaps.
const TEMPORAL_UI = (import.meta.env.VITE_TEMPORAL_UI_URL as string | undefined) ?? 'http://localhost:8233';
const NAMESPACE = (import.meta.env.VITE_TEMPORAL_NAMESPACE as string | undefined) ?? 'default';

export function temporalWorkflowUrl(workflowId: string): string {
  return `${TEMPORAL_UI}/namespaces/${encodeURIComponent(NAMESPACE)}/workflows/${encodeURIComponent(workflowId)}`;
}
