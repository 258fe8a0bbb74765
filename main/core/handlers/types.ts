import type { Api, MethodName, MethodOutput, ParsedInput } from '../../../shared/api/contract';
import type { CallContext } from '../context';

/** A method's handler: it answers at once, or with a promise when its method answersLater. */
export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: CallContext,
) => Api[M] extends { answersLater?: true } ? Promise<MethodOutput<M>> : MethodOutput<M>;
export type Handlers = { [M in MethodName]: Handler<M> };
/** The handlers of one domain area, whose method names start with `prefix.`. */
export type AreaHandlers<Prefix extends string> = {
  [M in MethodName as M extends `${Prefix}.${string}` ? M : never]: Handler<M>;
};
