/**
 * Small text helpers shared by the draft writer and the review: HTML escaping
 * and its inverse, words, five-word shingles, edit distance, tidy-up of
 * assembled sentences. Pure functions, no DOM.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      // Out-of-range code points would throw; keep the original text instead.
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * Plain text → the HTML the draft writer inserts: one <p> per paragraph
 * (paragraphs are separated by a blank line), <br> for line breaks inside one.
 */
export function textToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/**
 * HTML from a compose body → the plain text the review looks at. Paragraphs
 * and blocks become line breaks so that sentence and paragraph rules still
 * work on webmail markup (Gmail writes one <div> per line).
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\n/g, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p\s*>/gi, '\n\n')
    .replace(/<\/(div|li|h[1-6]|blockquote|tr)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Words as a reader counts them: runs of non-space text containing a letter or digit. */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count += 1;
  return count;
}

export interface WordToken {
  word: string;
  start: number;
  end: number;
}

/** Letter words with their offsets; apostrophes and hyphens inside a word are kept. */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  const re = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    tokens.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** Lower-case words without punctuation, used for overlap measures. */
export function normalWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}'’]+/u)
    .map((w) => w.replace(/^['’]+|['’]+$/g, ''))
    .filter((w) => w.length > 0);
}

export function shingles(text: string, size = 5): Set<string> {
  const words = normalWords(text);
  const result = new Set<string>();
  for (let i = 0; i + size <= words.length; i += 1) result.add(words.slice(i, i + size).join(' '));
  return result;
}

/**
 * Share of five-word shingles two texts have in common, relative to the
 * smaller set (so a short note copied into a long one still counts as a copy).
 */
export function shingleOverlap(a: string, b: string, size = 5): number {
  const sa = shingles(a, size);
  const sb = shingles(b, size);
  const smaller = Math.min(sa.size, sb.size);
  if (smaller === 0) return 0;
  let shared = 0;
  for (const s of sa) if (sb.has(s)) shared += 1;
  return shared / smaller;
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Cleans a field the user typed so it can sit inside a sentence: trimmed,
 * single spaces, no trailing full stop or comma (the template adds its own).
 */
export function cleanFragment(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;:]+$/u, '')
    .trim();
}

/**
 * Fixes what joining sentences can leave behind: space before punctuation,
 * doubled punctuation ("Inc.." or ",."), doubled spaces.
 */
export function tidySentence(sentence: string): string {
  // Fold doubled punctuation first, so that "met ,." becomes "met ." and then "met.".
  return sentence
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/([.!?])\.+/g, '$1')
    .replace(/[,;:]+([.!?])/g, '$1')
    .replace(/,{2,}/g, ',')
    .replace(/\s+([,.;:!?])(?=\s|$)/g, '$1')
    .trim();
}

/** Upper-cases the first letter (for a sentence that starts with user text). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function sentences(text: string): { text: string; start: number; end: number }[] {
  const result: { text: string; start: number; end: number }[] = [];
  const re = /[^.!?\n]+(?:[.!?]+|$)|[.!?]+/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) result.push({ text: trimmed, start: m.index + lead, end: m.index + lead + trimmed.length });
    if (m[0].length === 0) re.lastIndex += 1;
  }
  return result;
}

/** Case- and accent-insensitive comparison key. */
export function foldCase(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
