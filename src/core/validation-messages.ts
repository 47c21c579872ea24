/**
 * Messages of validation and repair, in the user's words. Kept in one module
 * so they can be localized later.
 */

export const validationMessages = {
  unreadable: () => 'The saved data could not be read.',
  freshStart: () => 'Started again with empty data.',
  notText: (what: string) => `${what} is not text.`,
  notYesNo: (what: string) => `${what} is not yes or no.`,
  notAList: (what: string) => `${what} could not be read as a list.`,
  missing: (what: string) => `${what} is missing.`,
  unknownChoice: (what: string, value: string) => `${what} has an unknown value (“${value}”).`,
  badDateTime: (what: string) => `${what} is not a valid date and time.`,
  badDate: (what: string) => `${what} should be a date like 2026-03-14.`,
  badTime: (what: string) => `${what} should be a time like 21:30.`,
  badTimeZone: (zone: string) => `“${zone}” is not a known time zone.`,
  badEmail: (whose: string) => `${whose} email address doesn't look right.`,
  badDomain: () => 'The company email domain should look like “acme.com”.',
  endBeforeStart: () => "The interview can't end before it starts.",
  missingId: (what: string) => `${what} has no id.`,
  duplicateId: (what: string) => `${what} has the same id as another one.`,
  unreadableItem: (what: string) => `${what} could not be read.`,
  newerVersion: (version: number) =>
    `This data was saved by a newer version of the extension (format ${version}).`,
  badVersion: () => 'The data format version is missing.',
  companyMissing: () => 'Add the company name.',
  roleMissing: () => 'Add the role you interviewed for.',
  noInterviewers: () => 'Add at least one interviewer.',
  interviewerNeedsName: (n: number) => `Interviewer ${n} needs a name.`,

  // What the repair did.
  cleared: () => 'It was cleared.',
  editCleared: () => 'It was cleared: the note as written is used.',
  resetTo: (value: string) => `It was reset to “${value}”.`,
  resetToDefaults: () => 'It was reset to the defaults.',
  removed: () => 'It was removed.',
  newId: () => 'It was given a new id.',
  versionSet: () => 'It was set to the current format.',
} as const;
