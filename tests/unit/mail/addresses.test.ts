// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { emailIn, parseAddress, uniqueRecipients } from '../../../src/mail/addresses';

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
  it('drops blank entries and repeats (by email, else by name), first one wins; keeps a name shown without address', () => {
    expect(
      uniqueRecipients([
        { name: 'A', email: 'a@x.com' },
        { name: 'Name only', email: '' },
        { name: '', email: '' },
        { name: 'A again', email: 'a@x.com' },
        { name: 'name ONLY', email: '' },
        { name: 'B', email: 'b@x.com' },
      ]),
    ).toEqual([
      { name: 'A', email: 'a@x.com' },
      { name: 'Name only', email: '' },
      { name: 'B', email: 'b@x.com' },
    ]);
  });
});

describe('emailIn', () => {
  it('reads a Gmail chip whose data-name is its address as a recipient with no known name', () => {
    const chip = document.createElement('div');
    chip.setAttribute('data-hovercard-id', 'jane.doe@acme.com');
    chip.setAttribute('data-name', 'Jane.Doe@acme.com');
    chip.textContent = 'Jane.Doe@acme.com';
    expect(emailIn(chip)).toEqual({ name: '', email: 'jane.doe@acme.com' });
    chip.setAttribute('data-name', 'Jane Doe');
    expect(emailIn(chip)).toEqual({ name: 'Jane Doe', email: 'jane.doe@acme.com' });
  });
});
