// Valibot schemas declared against the domain types (src/domain), so the two cannot drift apart:
// a schema whose output is not exactly its type fails to compile where it is declared.
import type { GenericSchema, InferOutput } from 'valibot'

/** true when A and B are one type: the same fields, each as optional and as readonly in both. */
export type SameType<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false

/**
 * `const AttemptSchema = schemaOf<Attempt>()(v.object({ … }))` keeps the schema's own type (its
 * `entries`, say) and compiles only when the schema outputs an `Attempt`, no more and no less. When
 * they drift, the call asks for a second argument, `drift`, whose type shows both sides.
 */
export function schemaOf<T>() {
  return <TSchema extends GenericSchema>(
    schema: TSchema,
    ..._drift: SameType<InferOutput<TSchema>, T> extends true ? [] : [drift: { schema: InferOutput<TSchema>; type: T }]
  ): TSchema => schema
}
