// Per-item reads of the active bundle, so a screen never needs the whole bundle: undefined while
// loading, then the contract's Result (a `not-found` error for an id the bundle does not hold).
import type { BundleInfo, Result, Runbook, Service, Vendor, VendorSummary } from '../../../preload/contract.ts';
import { lifeline } from './bridge.ts';
import { useQuery } from './useQuery.ts';

type Answer<T> = Result<T> | undefined;

export const useBundleInfo = (): Answer<BundleInfo | null> => useQuery('getBundleInfo', [], () => lifeline().getBundleInfo());
export const useVendorList = (): Answer<VendorSummary[]> => useQuery('listVendors', [], () => lifeline().listVendors());
export const useVendor = (id: string): Answer<Vendor> => useQuery('getVendor', [id], () => lifeline().getVendor(id));
export const useService = (id: string): Answer<Service> => useQuery('getService', [id], () => lifeline().getService(id));
export const useRunbook = (id: string): Answer<Runbook> => useQuery('getRunbook', [id], () => lifeline().getRunbook(id));
