/**
 * Domain errors a mutation returns as data (STYLE.md: typed results), not as GraphQL errors:
 * the client can show them next to the field that caused them. Every subgraph declares the same
 * `UserError` value type as @shareable.
 */
export interface UserError {
  field: string | null;
  code: string;
  message: string;
}

/** Keeps the literal code, so a use case's result type says exactly which codes it returns. */
export function userError<Code extends string>(
  code: Code,
  message: string,
  field: string | null = null,
): UserError & { code: Code } {
  return { code, message, field };
}

/** Maps zod issues to user errors without echoing the rejected values back. */
export function userErrorsFromZod(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
): Array<UserError & { code: 'INVALID' }> {
  return issues.map((i) =>
    userError('INVALID', i.message, i.path.length ? i.path.map(String).join('.') : null),
  );
}
