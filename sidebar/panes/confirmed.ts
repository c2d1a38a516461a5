/** Calls an endpoint that refuses to overwrite (field "confirmOverwrite") and asks before calling again. */
import type { Text } from '../../src/core/text';
import type { PaneContext, RpcError } from '../pane';

export async function callConfirmed<R>(ctx: PaneContext, label: Text, method: string, params: Record<string, unknown> = {}): Promise<R | undefined> {
  const first = await ctx.run(label, () =>
    ctx.call<R>(method, params).then(
      (result) => ({ result }),
      (e: RpcError) => {
        if (e.field === 'confirmOverwrite') return { ask: e.message };
        throw e;
      },
    ),
  );
  if (!first) return undefined;
  if ('result' in first) return first.result;
  if (!(await ctx.confirm(first.ask))) return undefined;
  return ctx.run(label, () => ctx.call<R>(method, { ...params, confirmOverwrite: true }));
}
