/**
 * `?new` on the popup page: open straight on a new interview. The welcome page
 * links to it ("Capture your first interview"), since a page cannot open the
 * toolbar popup itself in every browser.
 */
export const NEW_INTERVIEW_QUERY = 'new';

export function wantsNewInterview(search: string): boolean {
  return new URLSearchParams(search).has(NEW_INTERVIEW_QUERY);
}
