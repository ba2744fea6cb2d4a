import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { schemaOf } from '../../src/lib/schemaOf'

interface Sample {
  id: string
  count?: number
  tags: string[]
  kind: 'a' | 'b'
}

describe('schemaOf', () => {
  it('hands back the very schema it is given, entries and all', () => {
    const schema = v.object({ id: v.string(), count: v.optional(v.number()), tags: v.array(v.string()), kind: v.picklist(['a', 'b']) })
    const declared = schemaOf<Sample>()(schema)
    expect(declared).toBe(schema)
    expect(Object.keys(declared.entries)).toEqual(['id', 'count', 'tags', 'kind'])
    expect(v.parse(declared, { id: 'x', tags: [], kind: 'a' })).toEqual({ id: 'x', tags: [], kind: 'a' })
  })

  // The @ts-expect-error lines are checked by `vue-tsc --noEmit` (npm run typecheck): each call must fail to compile.
  it('refuses, at compile time, a schema that drifted from its type (and changes nothing at run time)', () => {
    const missingField = v.object({ id: v.string(), tags: v.array(v.string()), kind: v.picklist(['a', 'b']) })
    const requiredInsteadOfOptional = v.object({ id: v.string(), count: v.number(), tags: v.array(v.string()), kind: v.picklist(['a', 'b']) })
    const extraField = v.object({ id: v.string(), count: v.optional(v.number()), tags: v.array(v.string()), kind: v.picklist(['a', 'b']), extra: v.string() })
    const widerPicklist = v.object({ id: v.string(), count: v.optional(v.number()), tags: v.array(v.string()), kind: v.picklist(['a', 'b', 'c']) })
    // @ts-expect-error the schema has no `count`
    expect(schemaOf<Sample>()(missingField)).toBe(missingField)
    // @ts-expect-error `count` is optional in the type
    expect(schemaOf<Sample>()(requiredInsteadOfOptional)).toBe(requiredInsteadOfOptional)
    // @ts-expect-error the type has no `extra`
    expect(schemaOf<Sample>()(extraField)).toBe(extraField)
    // @ts-expect-error `kind` may not be 'c'
    expect(schemaOf<Sample>()(widerPicklist)).toBe(widerPicklist)
  })
})
