/**
 * The options page's data section in real Chromium and Firefox: export to a
 * file, delete everything, import the file again and get the same data back;
 * a damaged file is refused with a visible message and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROWSERS, launch, storedData, waitFor, type Session } from './harness';
import { DATA_KEY } from '../../src/storage/keys';
import { emptyAppData, emptyEditedNote, emptyNoteStatus, type AppData, type Interview, type Interviewer } from '../../src/core/model';

const OPTIONS = 'src/options/index.html';

function person(id: string, name: string, challenge: string, note: Partial<Interviewer['note']> = {}): Interviewer {
  return {
    id,
    name,
    title: 'Engineering Manager',
    email: `${id}@umbrella.example`,
    topics: 'the billing rewrite',
    looksFor: 'calm under pressure',
    challenge,
    approach: 'ship the riskiest piece behind a flag in the first month',
    personalDetail: 'we both learned to code on a calculator',
    promised: 'a link to my talk on retries',
    offerCall: id === 'p-ines',
    greetAs: '',
    edited: emptyEditedNote(),
    tough: 'auto',
    note: { ...emptyNoteStatus(), ...note },
  };
}

/** Two interviews of the past days, relative to `now` (the clock the browser reads too). */
function richData(now = Date.now()): AppData {
  const hoursAgo = (h: number) => new Date(now - h * 3_600_000).toISOString();
  const interview = (id: string, company: string, end: string, interviewers: Interviewer[]): Interview => ({
    id,
    company,
    companyDomain: `${company.toLowerCase()}.example`,
    role: 'Staff Engineer',
    start: new Date(Date.parse(end) - 3_600_000).toISOString(),
    end,
    timeZone: 'Europe/Lisbon',
    format: 'on-site',
    location: 'Rua Augusta 10, Lisboa',
    decisionDate: new Date(now + 14 * 86_400_000).toISOString().slice(0, 10),
    postingUrl: `https://jobs.${company.toLowerCase()}.example/staff`,
    stress: 'ten years of payments systems',
    outcome: 'went-well',
    interviewers,
    createdAt: end,
    updatedAt: end,
  });
  return {
    ...emptyAppData(),
    profile: { fullName: 'Rui Costa', email: 'rui@example.com', phone: '+351 912 345 678', signOff: 'Kind regards' },
    settings: { ...emptyAppData().settings, defaultTone: 'formal' },
    interviews: [
      interview('iv-umbrella', 'Umbrella', hoursAgo(40), [
        person('p-ines', 'Inês Sá', 'a billing system nobody dares to touch', {
          draftedAt: hoursAgo(38),
          emailedAt: hoursAgo(37.9),
        }),
        person('p-karl', 'Karl Öberg', 'hiring three engineers by spring'),
      ]),
      interview('iv-hooli', 'Hooli', hoursAgo(6), [person('p-gavin', 'Gavin B.', 'a search index that falls over weekly')]),
    ],
  };
}

async function button(page: Page, name: string): Promise<ElementHandle<HTMLButtonElement>> {
  await page.waitForFunction(
    (text: string) => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === text && !b.disabled),
    { timeout: 10_000 },
    name,
  );
  const handle = await page.evaluateHandle(
    (text: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text) ?? null,
    name,
  );
  return handle.asElement() as ElementHandle<HTMLButtonElement>;
}

async function waitForText(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t: string) => document.body.innerText.includes(t), { timeout: 10_000 }, text);
}

async function chooseFile(page: Page, path: string): Promise<void> {
  const input = (await page.waitForSelector('#import-file')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
}

for (const name of BROWSERS) {
  describe(`options page in ${name}`, () => {
    let s: Session;
    let page: Page;
    let dir: string;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), `tyn-options-${name}-`));
      s = await launch(name, { data: richData() });
      page = await s.openExtensionPage(OPTIONS);
      await page.waitForSelector('#import-file');
    });
    afterAll(async () => {
      if (page) expect(s.pageErrors(page)).toEqual([]);
      await s?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('exports, deletes everything, and imports the file back to identical data', async () => {
      const before = await storedData(s);
      expect(before?.interviews).toHaveLength(2);

      // The page saves the file through an object URL and an <a download> click:
      // record the link, fetch what it points at, and (in Chromium) let the real download happen too.
      const downloads = join(dir, 'downloads');
      if (name === 'chromium') {
        const cdp = await s.browser.target().createCDPSession();
        await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
      }
      await page.evaluate((passThrough: boolean) => {
        const click = HTMLAnchorElement.prototype.click;
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          (window as unknown as { exported: { href: string; name: string } }).exported = { href: this.href, name: this.download };
          if (passThrough) click.call(this);
        };
      }, name === 'chromium');
      await (await button(page, 'Export all data')).click();
      await waitForText(page, 'Your data was saved to a file in your downloads.');
      const link = await page.evaluate(() => (window as unknown as { exported: { href: string; name: string } }).exported);
      expect(link.name).toMatch(/^thank-you-note-\d{4}-\d{2}-\d{2}\.json$/);
      expect(link.href).toMatch(/^blob:/);
      const exported = await page.evaluate(async (href: string) => (await fetch(href)).text(), link.href);
      if (name === 'chromium') {
        const file = join(downloads, link.name);
        await waitFor(() => existsSync(file) && !readdirSync(downloads).some((f) => f.endsWith('.crdownload')), 10_000, 'the download');
        expect(readFileSync(file, 'utf8')).toBe(exported);
      }
      expect(JSON.parse(exported)).toMatchObject({ profile: before!.profile, interviews: before!.interviews });
      const exportFile = join(dir, link.name);
      writeFileSync(exportFile, exported);

      // Delete everything, through the confirmation.
      await (await button(page, 'Delete all data…')).click();
      expect(await storedData(s)).toEqual(before);
      await (await button(page, 'Yes, delete everything')).click();
      await waitForText(page, 'All data was deleted.');
      await waitFor(async () => (await storedData(s)) === undefined, 10_000, 'the data to be deleted');

      // Import the file, accept the preview.
      await chooseFile(page, exportFile);
      await waitForText(page, 'What this import will do');
      expect(await page.evaluate(() => document.querySelector('.import-preview')?.textContent ?? '')).toContain('Umbrella — Staff Engineer');
      await (await button(page, 'Import')).click();
      await waitForText(page, 'Import finished.');
      await waitFor(async () => (await storedData(s))?.interviews.length === 2, 10_000, 'the import to be stored');
      expect(await storedData(s)).toEqual(before);
      // The page shows the imported profile again.
      await page.waitForFunction(
        () => [...document.querySelectorAll('input')].some((i) => i.value === 'Rui Costa'),
        { timeout: 10_000 },
      );
    });

    it.each([
      ['not JSON', '{"interviews": [', 'it is not valid JSON. Nothing was changed.'],
      ['JSON of another kind', '{"hello": "world"}', 'This file is not a Thank-You Note export. Nothing was changed.'],
    ])('refuses a file that is %s with a visible message, changing nothing', async (kind, text, message) => {
      const storageBefore = await s.getStorage();
      expect(storageBefore[DATA_KEY]).toBeDefined();
      const file = join(dir, `broken-${kind.replace(/\W+/g, '-')}.json`);
      writeFileSync(file, text);
      await chooseFile(page, file);
      await page.waitForFunction(
        (m: string) => [...document.querySelectorAll('[role="alert"]')].some((a) => a.textContent?.includes(m)),
        { timeout: 10_000 },
        message,
      );
      const visible = await page.$eval('[role="alert"]', (a) => {
        const box = a.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(a).visibility !== 'hidden';
      });
      expect(visible).toBe(true);
      expect(await page.$('.import-preview')).toBeNull();
      expect(await s.getStorage()).toEqual(storageBefore);
    });
  });
}
