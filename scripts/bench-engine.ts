/**
 * Times the note engine: draftNote + reviewNote per note, over every
 * interviewer of every interview fixture in all tones, many rounds.
 * Reports the median time per note (target: ≤ 1 ms).
 *
 * Run directly: npx tsx scripts/bench-engine.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TONES, draftNote, reviewNote, validateAppData, type AppData, type DraftOptions } from '../src/core/index';
import { migrate, schemaVersionOf } from '../src/storage/migrations';

const FIXTURE_DIR = join(import.meta.dirname, '../tests/fixtures/interviews');
const ROUNDS = 200;
const WARM_UP_ROUNDS = 20;

function loadFixtures(): AppData[] {
  return readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      // The fixtures are schemaVersion 1 export files: migrated as an import would be.
      const raw = JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as Record<string, unknown>;
      const result = validateAppData(migrate(raw, schemaVersionOf(raw)));
      if (!result.ok) throw new Error(`${file} is not valid: ${result.errors.map((e) => e.message).join('; ')}`);
      return result.value;
    });
}

interface Job {
  data: AppData;
  interviewIndex: number;
  interviewerId: string;
  options: Partial<DraftOptions>;
}

function jobs(fixtures: AppData[]): Job[] {
  const list: Job[] = [];
  for (const data of fixtures) {
    data.interviews.forEach((interview, interviewIndex) => {
      for (const person of interview.interviewers) {
        for (const tone of TONES) list.push({ data, interviewIndex, interviewerId: person.id, options: { tone } });
      }
    });
  }
  return list;
}

function runOne(job: Job): number {
  const interview = job.data.interviews[job.interviewIndex];
  if (!interview) throw new Error('fixture without interview');
  const now = Date.parse(interview.end) + 3 * 60 * 60 * 1000;
  const start = performance.now();
  const draft = draftNote({ profile: job.data.profile, interview, interviewerId: job.interviewerId, options: job.options });
  reviewNote({
    profile: job.data.profile,
    interview,
    interviewerId: job.interviewerId,
    subject: draft.subject,
    html: draft.html,
    now,
    otherInterviews: job.data.interviews,
  });
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Median milliseconds for drafting and reviewing one note, and how many notes were timed per round.
 * The smoke run passes a few rounds: it checks the figure is produced, not what it is.
 */
export async function benchEngine(rounds = ROUNDS, warmUpRounds = WARM_UP_ROUNDS): Promise<{ medianMs: number; notes: number }> {
  const list = jobs(loadFixtures());
  for (let round = 0; round < warmUpRounds; round += 1) list.forEach(runOne);
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) for (const job of list) times.push(runOne(job));
  return { medianMs: median(times), notes: list.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { medianMs, notes } = await benchEngine();
  console.log(`draftNote + reviewNote: median ${medianMs.toFixed(3)} ms per note (${notes} notes × ${ROUNDS} rounds)`);
}
