// The shape every handler module fills in: one async function per invoke channel of the contract.
import type { InvokeArgs, InvokeChannel, InvokeResult } from '../../../preload/contract.ts';

export type HandlerTable = {
  [C in InvokeChannel]: (...args: InvokeArgs<C>) => Promise<InvokeResult<C>>;
};
