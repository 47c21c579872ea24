/**
 * The normalizer's word list: shorthand, units, chat words and filler people
 * type in a hurry, and what a note says instead. A word mapped to '' is left
 * out; the rest are spelled out. The lists are general English usage, not any
 * set's words: a field typed by anyone goes through them before a sentence
 * frame sees it.
 */

/** Interjections and chat words: never in a note. */
const DROPPED = ['lol', 'lmao', 'rofl', 'haha', 'hahaha', 'hehe', 'omg', 'tbh', 'imo', 'imho', 'btw', 'fyi', 'jk', 'smh', 'xd', 'ngl', 'basically'];

/** Shorthand spelled out in full. Keys are matched case-insensitively as whole tokens. */
const SPELLED_OUT: Record<string, string> = {
  '&': 'and',
  '+': 'and',
  'w/': 'with',
  'w/o': 'without',
  'b/c': 'because',
  'bc': 'because',
  'w/e': 'whatever',
  'thru': 'through',
  'tho': 'though',
  'u': 'you',
  'ur': 'your',
  'thx': 'thanks',
  'pls': 'please',
  'approx': 'about',
  'approx.': 'about',
  'abt': 'about',
  'b4': 'before',
  'esp': 'especially',
  'esp.': 'especially',
  'ofc': 'of course',
  'rn': 'right now',
  'asap': 'as soon as possible',
  'tmrw': 'tomorrow',
  'yday': 'yesterday',
  'govt': 'government',
  'mgmt': 'management',
  'info': 'information',
  'covid': 'COVID',
  'convo': 'conversation',
  'convos': 'conversations',
  'ppl': 'people',
  'dept': 'department',
  'dept.': 'department',
  'depts': 'departments',
  'mgr': 'manager',
  'mgrs': 'managers',
  'mngr': 'manager',
  'eng': 'engineering',
  'engs': 'engineers',
  'q\'s': 'questions',
  'qs': 'questions',
  'lvl': 'level',
  'lvls': 'levels',
  'mtg': 'meeting',
  'mtgs': 'meetings',
  'msg': 'message',
  'msgs': 'messages',
  'wknd': 'weekend',
  'wknds': 'weekends',
  'wkend': 'weekend',
  'wkends': 'weekends',
  'avg': 'average',
  'yr-end': 'year-end',
  'yr-over-yr': 'year-over-year',
  'bday': 'birthday',
  '#1': 'top',
  // Units of time, singular and plural as typed.
  'yr': 'year',
  'yrs': 'years',
  'wk': 'week',
  'wks': 'weeks',
  'mth': 'month',
  'mths': 'months',
  'hr': 'hour',
  'hrs': 'hours',
  // Ordinals up to ninth read as words in a letter.
  '1st': 'first',
  '2nd': 'second',
  '3rd': 'third',
  '4th': 'fourth',
  '5th': 'fifth',
  '6th': 'sixth',
  '7th': 'seventh',
  '8th': 'eighth',
  '9th': 'ninth',
};

/**
 * Units that are other words too ("min" for minimum, "Mo" for a name, "sec"
 * for a secretary): spelled out only after a number or a word that counts
 * ("5 min", "a mo", "every sec").
 */
const AFTER_A_COUNT: Record<string, string> = {
  mo: 'month',
  mos: 'months',
  min: 'minute',
  mins: 'minutes',
  sec: 'second',
  secs: 'seconds',
};
/** Singular time units, and the counts after which they take the plural. */
const TIME_UNITS = new Set(['year', 'week', 'month', 'hour', 'minute', 'second']);
const MANY = /^(?:\d*[02-9]|\d+[\d,.]*\d|1\.\d+|two|three|four|five|six|seven|eight|nine|ten|few|several)$/i;
/** Words after "5 min" that show the unit is not describing a noun ("5 min ago", "2 hr of prep"). */
const NOT_A_NOUN = new Set(
  'ago of in on at to for from by with and or but a an the each per before after until since later left long old out away is are was were every late early'.split(' '),
);

/** Whether `next` is a noun that a count and unit can describe ("shifts" in "11 hr shifts"). */
function describesNext(next: string | undefined): boolean {
  const word = next?.replace(/[.,;:!?)"”]+$/u, '') ?? '';
  return /^\p{Ll}+$/u.test(word) && !NOT_A_NOUN.has(word);
}

const COUNTS = /^(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|per|each|every|last|next|this)$/i;

/**
 * Names of products, languages and days that people type in lower case,
 * written as their owners write them. Only names that are not also everyday
 * words ("go", "slack", "zoom", "outlook", "may" stay as typed).
 */
const CASED: Record<string, string> = Object.fromEntries(
  [
    'Excel', 'PowerPoint', 'SharePoint', 'OneDrive', 'GitHub', 'GitLab', 'Bitbucket', 'Jira', 'Confluence', 'Trello',
    'Asana', 'Figma', 'Salesforce', 'HubSpot', 'Tableau', 'QuickBooks', 'Xero', 'ServiceNow', 'Zendesk',
    'Postgres', 'PostgreSQL', 'MySQL', 'MongoDB', 'Redis', 'Kafka', 'Kubernetes', 'Docker', 'Terraform', 'JavaScript',
    'TypeScript', 'Python', 'Java', 'Golang', 'Kotlin', 'PHP', 'SQL', 'AWS', 'GCP', 'Azure', 'iOS', 'Android', 'LinkedIn',
    'YouTube', 'TikTok', 'Instagram', 'Facebook', 'Reddit', 'Google', 'Gmail', 'Shopify', 'WordPress', 'Photoshop',
    'InDesign', 'AutoCAD', 'SolidWorks', 'Revit', 'Canva', 'Mailchimp',
    'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
    'January', 'February', 'April', 'June', 'July', 'September', 'October', 'November', 'December',
  ].map((name) => [name.toLowerCase(), name]),
);

export interface Cleaned {
  text: string;
  /** The words that were left out or spelled out, as typed. */
  informal: string[];
}

const EMOJI = /(?![\u00A9\u00AE\u2122])\p{Extended_Pictographic}\uFE0F?|[:;]-?[()DPp]\B/gu;

/** Removes or spells out chat words, shorthand and emoji; lists what it changed. */
export function cleanInformal(value: string): Cleaned {
  const informal: string[] = [];
  let text = value.replace(EMOJI, (m) => {
    informal.push(m);
    return ' ';
  });
  // "400+" → "more than 400"
  text = text.replace(/\b(\d[\d,.]*)\+(?=\s|$)/g, (_m, n: string) => {
    informal.push(`${n}+`);
    return `more than ${n}`;
  });
  // "~40%" → "about 40%"
  text = text.replace(/~\s?(?=\d)/g, () => {
    informal.push('~');
    return 'about ';
  });
  // Asides in brackets are the user's notes to self: "(ask about the budget first)", "(not offered)". A figure
  // in brackets ("(about 40% of revenue)") is part of what was said, and stays.
  text = text.replace(/\s*\(([^()]*)\)/g, (m, inside: string) => {
    if (!/\p{L}/u.test(inside) || /\d/.test(inside)) return m;
    informal.push(`(${inside.trim()})`);
    return '';
  });
  // "400k" → "400,000", "58-62k" → "58,000–62,000": thousands written as numbers a reader parses at once.
  const thousands = (n: string) => Math.round(Number(n) * 1000).toLocaleString('en-US');
  text = text.replace(/(?<![\p{L}\d.,])(\d{1,3}(?:\.\d)?)(?:\s*[-–]\s*(\d{1,3}(?:\.\d)?))?k\b/giu, (m, low: string, high: string | undefined) => {
    informal.push(m);
    return high === undefined ? thousands(low) : `${thousands(low)}–${thousands(high)}`;
  });
  // Filler: "like 90 people" → "about 90 people"; "kind of slow" → "slow"; "so" or "ok so" opening a thought.
  text = text.replace(/\blike\s+(?=(?:~\s?)?\$?\d)/gi, (m) => {
    informal.push(m.trim());
    return 'about ';
  });
  text = text.replace(/\b(?:kind|sort) of\s+(?!(?:a|an|the|this|that|thing|things)\b)|\b(?:kinda|sorta)\s+/gi, (m) => {
    informal.push(m.trim());
    return '';
  });
  text = text.replace(/(^|[.!?;]\s+|\n\s*)(?:(?:ok(?:ay)?|well|um+|uh+),?\s+)?so,?\s+(?=\p{L})/giu, (m, lead: string) => {
    informal.push(m.slice(lead.length).trim());
    return lead;
  });
  const tokens = text.split(/(\s+)/);
  const out: string[] = [];
  let previous = '';
  for (const [index, token] of tokens.entries()) {
    if (/^\s+$/.test(token) || token === '') {
      out.push(token);
      continue;
    }
    const after = previous;
    previous = token;
    const match = /^([("'“]*)(.*?)([)"'”.,;:!?]*)$/u.exec(token);
    const lead = match?.[1] ?? '';
    let core = match?.[2] ?? token;
    let trail = match?.[3] ?? '';
    // "w/" and "approx." keep their own punctuation.
    if (!core && trail) {
      core = trail;
      trail = '';
    }
    const key = core.toLowerCase();
    if (DROPPED.includes(key)) {
      informal.push(core);
      out.push(lead + trail);
      continue;
    }
    // An abbreviation with its own period ("approx.", "dept.") takes the period with it; a word before
    // punctuation ("5 min.", "3 mo,") keeps the punctuation.
    const ownPeriod = trail.startsWith('.') ? SPELLED_OUT[`${key}.`] : undefined;
    if (ownPeriod !== undefined) trail = trail.slice(1);
    const unit = core === key && COUNTS.test(after) ? AFTER_A_COUNT[key] : undefined;
    const found = ownPeriod ?? unit ?? SPELLED_OUT[key];
    // "3 mo", "2 hr": a unit after more than one is plural.
    // "11 hr shifts" → "11-hour shifts": a count and a unit before a noun describe it.
    if (found !== undefined && TIME_UNITS.has(found) && !trail && COUNTS.test(after) && /^\d/.test(after) && describesNext(tokens[index + 2])) {
      informal.push(core);
      out.splice(out.length - 2, 2, `${after}-${found}`);
      continue;
    }
    const spelled = found !== undefined && TIME_UNITS.has(found) && MANY.test(after) ? `${found}s` : found;
    if (spelled !== undefined) {
      informal.push(core);
      out.push(lead + spelled + trail);
      continue;
    }
    const cased = CASED[key];
    if (cased !== undefined && core === key && cased !== core) {
      out.push(lead + cased + trail);
      continue;
    }
    out.push(token);
  }
  text = out.join('');
  // Filler nouns at the end of a phrase ("… and stuff", "… controller stuff") go.
  text = text.replace(/(?:,?\s+(?:and|or)\s+|\s+)(stuff|things|etc\.?)(?=\s*(?:[.;,!?)\n]|$))/gi, (_m, word: string) => {
    informal.push(word);
    return '';
  });
  text = text.replace(/[ \t]{2,}/g, ' ').replace(/\s+([,.;:!?])/g, '$1').trim();
  return { text, informal };
}
