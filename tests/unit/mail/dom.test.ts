import { describe, expect, it } from 'vitest';
import { parseAddress, uniqueRecipients } from '../../../src/mail/dom';

describe('parseAddress', () => {
  const cases: [string, { name: string; email: string }][] = [
    ['Jane Doe <jane.doe@acme.com>', { name: 'Jane Doe', email: 'jane.doe@acme.com' }],
    ['"Doe, Jane" <Jane.Doe@ACME.com>', { name: 'Doe, Jane', email: 'jane.doe@acme.com' }],
    ['jane.doe@acme.com', { name: '', email: 'jane.doe@acme.com' }],
    ['Eve, e@x.com', { name: 'Eve', email: 'e@x.com' }],
    ['\u202aJane Doe <jane@acme.com>\u202c', { name: 'Jane Doe', email: 'jane@acme.com' }],
    ['Jane Doe', { name: 'Jane Doe', email: '' }],
    ['jane@', { name: 'jane@', email: '' }],
  ];
  for (const [input, expected] of cases) {
    it(`reads ${JSON.stringify(input)}`, () => expect(parseAddress(input)).toEqual(expected));
  }
});

describe('uniqueRecipients', () => {
  it('drops entries without email and repeats, first one wins', () => {
    expect(
      uniqueRecipients([
        { name: 'A', email: 'a@x.com' },
        { name: 'No mail', email: '' },
        { name: 'A again', email: 'a@x.com' },
        { name: 'B', email: 'b@x.com' },
      ]),
    ).toEqual([
      { name: 'A', email: 'a@x.com' },
      { name: 'B', email: 'b@x.com' },
    ]);
  });
});
