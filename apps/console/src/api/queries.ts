// Reads shared by several screens, with their query keys (so an action can refresh what it changed).
import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { ComplaintDetail, ComplaintSummary, Page, ReturnDetail } from './views';
import { LIVE_MS } from '../domain/live';

type ComplaintFilter = { agent?: string; status?: ComplaintSummary['status']; escalationLevel?: number; breached?: boolean; customer?: string; limit?: number };

export function useComplaintList(filter: ComplaintFilter, live = LIVE_MS) {
  return useQuery({
    queryKey: ['complaints', filter],
    queryFn: async () =>
      (await unwrap(api.GET('/complaints', { params: { query: { limit: 100, ...filter } as never } }))) as unknown as Page<ComplaintSummary>,
    refetchInterval: live,
  });
}

export const complaintKey = (caseNo: string) => ['complaint', caseNo];

export async function readComplaint(caseNo: string): Promise<ComplaintDetail> {
  return (await unwrap(api.GET('/complaints/{caseNo}', { params: { path: { caseNo } } }))) as unknown as ComplaintDetail;
}

export function useComplaint(caseNo: string) {
  return useQuery({ queryKey: complaintKey(caseNo), queryFn: () => readComplaint(caseNo), refetchInterval: LIVE_MS });
}

/** The live state of several cases (the list has no deadlines: see the README's API gaps). */
export function useComplaintDetails(caseNos: string[]) {
  return useQueries({
    queries: caseNos.map((caseNo) => ({ queryKey: complaintKey(caseNo), queryFn: () => readComplaint(caseNo), refetchInterval: LIVE_MS })),
  });
}

export const returnKey = (returnNo: string) => ['return', returnNo];

export function useReturn(returnNo: string) {
  return useQuery({
    queryKey: returnKey(returnNo),
    queryFn: async () => (await unwrap(api.GET('/returns/{returnNo}', { params: { path: { returnNo } } }))) as unknown as ReturnDetail,
    refetchInterval: LIVE_MS,
  });
}
