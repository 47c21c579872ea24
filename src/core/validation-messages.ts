/**
 * Messages of validation and repair, in the user's words. The words live in
 * public/_locales/en/messages.json (keys validation_*); this module names them
 * and fills them in (see locale.ts).
 */
import { message } from './locale';

export const validationMessages = {
  unreadable: () => message('validation_unreadable'),
  freshStart: () => message('validation_freshStart'),
  notText: (what: string) => message('validation_notText', what),
  notYesNo: (what: string) => message('validation_notYesNo', what),
  notAList: (what: string) => message('validation_notAList', what),
  missing: (what: string) => message('validation_missing', what),
  unknownChoice: (what: string, value: string) => message('validation_unknownChoice', what, value),
  badDateTime: (what: string) => message('validation_badDateTime', what),
  badDate: (what: string) => message('validation_badDate', what),
  badTime: (what: string) => message('validation_badTime', what),
  badTimeZone: (zone: string) => message('validation_badTimeZone', zone),
  badEmail: (whose: string) => message('validation_badEmail', whose),
  badDomain: () => message('validation_badDomain'),
  endBeforeStart: () => message('validation_endBeforeStart'),
  missingId: (what: string) => message('validation_missingId', what),
  duplicateId: (what: string) => message('validation_duplicateId', what),
  unreadableItem: (what: string) => message('validation_unreadableItem', what),
  newerVersion: (version: number) => message('validation_newerVersion', version),
  badVersion: () => message('validation_badVersion'),
  companyMissing: () => message('validation_companyMissing'),
  roleMissing: () => message('validation_roleMissing'),
  noInterviewers: () => message('validation_noInterviewers'),
  interviewerNeedsName: (n: number) => message('validation_interviewerNeedsName', n),

  // What the repair did.
  cleared: () => message('validation_cleared'),
  editCleared: () => message('validation_editCleared'),
  resetTo: (value: string) => message('validation_resetTo', value),
  resetToDefaults: () => message('validation_resetToDefaults'),
  removed: () => message('validation_removed'),
  newId: () => message('validation_newId'),
  versionSet: () => message('validation_versionSet'),
} as const;
