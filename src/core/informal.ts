/**
 * Shorthand and chat words people type in a hurry, and what a note says
 * instead. A word mapped to '' is left out; the rest are spelled out.
 */

/** Interjections and chat words: never in a note. */
const DROPPED = ['lol', 'lmao', 'rofl', 'haha', 'hahaha', 'hehe', 'omg', 'tbh', 'imo', 'imho', 'btw', 'fyi', 'jk', 'smh', 'xd'];

/** Shorthand spelled out in full. Keys are matched case-insensitively as whole tokens. */
const SPELLED_OUT: Record<string, string> = {
  '&': 'and',
  '+': 'and',
  'w/': 'with',
  'w/o': 'without',
  'b/c': 'because',
  'bc': 'because',
  'thru': 'through',
  'tho': 'though',
  'u': 'you',
  'ur': 'your',
  'thx': 'thanks',
  'pls': 'please',
  'approx': 'about',
  'approx.': 'about',
  'govt': 'government',
  'mgmt': 'management',
  'info': 'information',
  'covid': 'COVID',
};

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
  const tokens = text.split(/(\s+)/);
  const out: string[] = [];
  for (const token of tokens) {
    if (/^\s+$/.test(token) || token === '') {
      out.push(token);
      continue;
    }
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
    const spelled = SPELLED_OUT[key] ?? SPELLED_OUT[key + trail.charAt(0)];
    if (spelled !== undefined) {
      informal.push(core);
      out.push(lead + spelled + (SPELLED_OUT[key] !== undefined ? trail : trail.slice(1)));
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
