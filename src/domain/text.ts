/**
 * Text usersync stores must be text PostgreSQL (and JSON) can hold: no NUL character, and
 * no lone UTF-16 surrogate. Cognito accepts both, and so would a JSON body; PostgreSQL's
 * `text` and `jsonb` refuse them, which would fail a whole statement for everyone in it.
 */

/** True when `text` holds a NUL character or a lone surrogate. */
export function isUnsafeText(text: string): boolean {
  return text.includes('\u0000') || !text.isWellFormed();
}

/**
 * Makes text from outside (Cognito's attributes) storable: NUL characters are dropped and
 * lone surrogates become U+FFFD. Text that is already safe comes back unchanged.
 */
export function safeText(text: string): string {
  return isUnsafeText(text) ? text.replaceAll('\u0000', '').toWellFormed() : text;
}

/** The message of a refusal of unsafe text, naming the field. */
export function unsafeTextMessage(field: string): string {
  return `${field} must not contain NUL characters or unpaired surrogates`;
}

/**
 * The deepest a JSON value usersync stores may nest (a profile, an event). Deeper values
 * are refused at the edge: merging, serialising and indexing them is recursion.
 */
export const MAX_JSON_DEPTH = 32;

/**
 * The first problem of a JSON value usersync would store, or `undefined`: a string (or key)
 * with unsafe text, or nesting deeper than {@link MAX_JSON_DEPTH}. Iterative, so a value
 * nested a million levels deep is refused without overflowing the stack.
 */
export function jsonValueProblem(value: unknown, field: string): string | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === undefined) break;
    const { value: current, depth } = next;
    if (typeof current === 'string') {
      if (isUnsafeText(current)) return unsafeTextMessage(field);
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= MAX_JSON_DEPTH)
      return `${field} must not nest deeper than ${MAX_JSON_DEPTH} levels`;
    for (const [key, child] of Object.entries(current)) {
      if (isUnsafeText(key)) return unsafeTextMessage(field);
      stack.push({ value: child, depth: depth + 1 });
    }
  }
  return undefined;
}
