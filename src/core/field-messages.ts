/** What the capture form says under a field the writer could not phrase as typed. */
export const fieldIssueMessages = {
  informal: (words: string) => `Left out or spelled out so the note reads well: ${words}.`,
  pronounMismatch: (words: string) =>
    `${words} does not match how this person is addressed, so this is left out of the note. Write “you” or “your”, or name the person you mean.`,
  unclear: () => 'The note could not phrase this safely, so it is left out. Try a short phrase, such as “their new billing system”.',
  tooLong: () => 'This is too long to go into a note as it is, so it is left out. Keep the one point you want the note to make.',
  leftOut: () => 'Not used in this tone, or left out to keep the note short.',
};
