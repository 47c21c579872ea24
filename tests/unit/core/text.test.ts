import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countWords,
  decodeEntities,
  editDistance,
  escapeHtml,
  htmlToText,
  sentences,
  shingleOverlap,
  textToHtml,
  tidySentence,
} from '../../../src/core/text';

describe('HTML conversion', () => {
  it('round-trips any text through textToHtml and htmlToText', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean), { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const text = paragraphs.join('\n\n');
        expect(htmlToText(textToHtml(text))).toBe(text);
      }),
    );
  });

  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });

  it('reads webmail markup: one <div> per line, empty divs as blank lines, entities decoded', () => {
    const gmail =
      '<div dir="ltr"><div>Hi Zoë,</div><div><br></div><div>Thank you&nbsp;for the <b>Data</b> role.</div><div>Second line</div><div><br></div><div>Best regards,</div><div>Alex</div></div>';
    expect(htmlToText(gmail)).toBe('Hi Zoë,\n\nThank you for the Data role.\nSecond line\n\nBest regards,\nAlex');
    expect(htmlToText('<p>A<br>B</p><style>p{color:red}</style><p>C</p>')).toBe('A\nB\n\nC');
  });

  it('decodes numeric entities and leaves unknown ones alone', () => {
    expect(decodeEntities('&#233;&#x1F600;&bogus;&#99999999;')).toBe('é😀&bogus;&#99999999;');
  });
});

describe('text measures', () => {
  it('counts words, not punctuation', () => {
    expect(countWords("Hi Zoë O'Connor-Ruiz, — thanks!\n\n+49 170")).toBe(6);
  });

  it('measures shared five-word shingles relative to the shorter text', () => {
    const a = 'one two three four five six seven';
    expect(shingleOverlap(a, a)).toBe(1);
    expect(shingleOverlap(a, 'one two three four five and then something else entirely')).toBe(1 / 3);
    expect(shingleOverlap('short', a)).toBe(0);
  });

  it('computes edit distance and stops early past the limit', () => {
    expect(editDistance('jon', 'john')).toBe(1);
    expect(editDistance('acmee', 'acme')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });

  it('splits sentences with offsets', () => {
    const text = 'Thank you. We met!\nNext line';
    expect(sentences(text).map((s) => [s.text, text.slice(s.start, s.end)])).toEqual([
      ['Thank you.', 'Thank you.'],
      ['We met!', 'We met!'],
      ['Next line', 'Next line'],
    ]);
  });

  it('tidies what joining sentences leaves behind, without touching ".NET"', () => {
    expect(tidySentence('I  joined Acme Inc.. Then ,we met ,.')).toBe('I joined Acme Inc. Then ,we met.');
    expect(tidySentence('Work on the .NET stack.')).toBe('Work on the .NET stack.');
  });
});
