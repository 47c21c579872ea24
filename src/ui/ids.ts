/** A new unique id for an interview or interviewer. */
export function newId(): string {
  return crypto.randomUUID();
}
