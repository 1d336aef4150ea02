import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * The load generator: ministries submitting KPI reports for their own jurisdiction, SEESAC accepting them (and the
 * ministries amending accepted ones, so each report goes round revision after revision), and SEESAC bulk imports of
 * historical years. Every write is kept in the ledger with what came of it, for the checker.
 */
export const MINISTRIES = ['belgrade', 'podgorica', 'pristina', 'sarajevo', 'skopje', 'tirana'] as const;
/** Years the ministries report on; imports use other years, so the two never compete for a report. */
const REPORTED_YEARS = [2021, 2022, 2023, 2024];
const IMPORTED_YEARS = [2018, 2019, 2020];
export const MARKED_MEASURE = 'kpi3_reported_cases';
const PART_MEASURE = { measure: MARKED_MEASURE, dimensions: { offence_category: 'trafficking' } };

export type WriteKind = 'submission' | 'acceptance' | 'amendment' | 'import';
/** ok: acknowledged (2xx); refused: a first answer 4xx (nothing may be stored); indeterminate: no answer to rely on. */
export type Outcome = 'ok' | 'refused' | 'indeterminate';

export interface Write {
  id: number;
  kind: WriteKind;
  reportId: string;
  /** Submissions and imports carry a unique total (`kpi3_reported_cases` = mark), the way to find them again. */
  mark?: number;
  /** Acceptances and amendments: the revision they act on / open. */
  revision?: number;
  outcome: Outcome;
  /** When the client got its answer (ms since epoch). */
  answeredAt: number;
  detail?: string;
}

export interface LoadSettings {
  /** Writes per second over all writers. */
  ratePerSecond: number;
  requestTimeoutMs: number;
  /** Same Idempotency-Key each time: a retry of a write that did land must not land twice. */
  attempts: number;
}

type Token = (role: 'ministry' | 'seesac', jurisdiction?: string) => string;
type Answer = { status: number; body: unknown };

/** What a writer believes of one report (re-read from the service whenever a write's outcome is unknown). */
interface Belief {
  status: 'new' | 'draft' | 'submitted' | 'returned' | 'accepted' | 'amending';
  revision: number;
}

export class Load {
  readonly ledger: Write[] = [];
  private nextId = 1;
  private marks = 1;
  private running = false;
  private nextSlot = 0;
  private workers: Promise<void>[] = [];
  private readonly beliefs = new Map<string, Belief>();
  /** Failures of the generator itself (not of the platform): they make the run fail loudly. */
  readonly errors: string[] = [];

  constructor(
    private readonly intakeUrl: string,
    private readonly token: Token,
    private readonly settings: LoadSettings,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.nextSlot = Date.now();
    this.workers = [...MINISTRIES.map((jurisdiction) => this.ministry(jurisdiction)), this.importer()];
  }

  /** Stops issuing writes and waits for the ones in flight (with their retries) to end. */
  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.workers);
    this.workers = [];
  }

  /** The shared pace: one write every 1/rate seconds, whoever takes the slot. */
  private async slot(): Promise<void> {
    const at = Math.max(this.nextSlot, Date.now());
    this.nextSlot = at + 1000 / this.settings.ratePerSecond;
    await sleep(at - Date.now());
  }

  private async ministry(jurisdiction: string): Promise<void> {
    for (let turn = 0; this.running; turn++) {
      const year = REPORTED_YEARS[turn % REPORTED_YEARS.length];
      await this.slot();
      if (!this.running) break;
      await this.step(jurisdiction, year).catch((error: Error) =>
        this.errors.push(`${jurisdiction} ${year}: ${error.message}`),
      );
    }
  }

  /** One write that moves the report on: submit, accept, or amend, as its state asks. */
  private async step(jurisdiction: string, year: number): Promise<void> {
    const reportId = `kpi-report:${jurisdiction}:${year}`;
    const belief = this.beliefs.get(reportId) ?? (await this.resync(jurisdiction, year));
    if (!belief) return;
    const path = `/kpi-reports/${jurisdiction}/${year}`;
    if (belief.status === 'submitted') {
      const write = await this.write(
        'acceptance',
        reportId,
        `${path}/acceptance`,
        this.token('seesac'),
        {},
        { revision: belief.revision },
      );
      this.believe(reportId, write, { status: 'accepted', revision: belief.revision });
    } else if (belief.status === 'accepted') {
      const body = { reason: 'Corrected court statistics (fault suite)' };
      const write = await this.write(
        'amendment',
        reportId,
        `${path}/amendments`,
        this.token('ministry', jurisdiction),
        body,
        { revision: belief.revision + 1 },
      );
      this.believe(reportId, write, { status: 'amending', revision: belief.revision + 1 });
    } else {
      const mark = this.nextMark();
      const body = { observations: markedObservations(mark) };
      const write = await this.write(
        'submission',
        reportId,
        `${path}/submission`,
        this.token('ministry', jurisdiction),
        body,
        { mark },
      );
      this.believe(reportId, write, { status: 'submitted', revision: belief.revision });
    }
  }

  private believe(reportId: string, write: Write, after: Belief): void {
    if (write.outcome === 'ok') this.beliefs.set(reportId, after);
    else this.beliefs.delete(reportId); // unknown now: read it again before the next write
  }

  /** Reads the report's state from report-intake, retrying while the platform is down. */
  private async resync(jurisdiction: string, year: number): Promise<Belief | undefined> {
    while (this.running) {
      const answer = await this.request(
        'GET',
        `/kpi-reports/${jurisdiction}/${year}`,
        this.token('ministry', jurisdiction),
      ).catch(() => undefined);
      if (answer?.status === 404) return { status: 'new', revision: 1 };
      if (answer?.status === 200) {
        const current = (answer.body as { current?: { status?: Belief['status']; revision?: number } }).current;
        if (current?.status && current.revision) return { status: current.status, revision: current.revision };
      }
      await sleep(1000);
    }
    return undefined;
  }

  private async importer(): Promise<void> {
    for (let turn = 0; this.running; turn++) {
      // Imports are rarer than reports: one slot in four.
      for (let skip = 0; skip < 4 && this.running; skip++) await sleep(1000 / this.settings.ratePerSecond);
      await this.slot();
      if (!this.running) break;
      const jurisdiction = MINISTRIES[turn % MINISTRIES.length];
      const year = IMPORTED_YEARS[Math.floor(turn / MINISTRIES.length) % IMPORTED_YEARS.length];
      const mark = this.nextMark();
      const values = markedObservations(mark).map((observation) => ({ jurisdiction, year, ...observation }));
      await this.write(
        'import',
        `kpi-report:${jurisdiction}:${year}`,
        '/imports/kpi-values',
        this.token('seesac'),
        { values },
        { mark },
      ).catch((error: Error) => this.errors.push(`import ${jurisdiction} ${year}: ${error.message}`));
    }
  }

  /** Marks are unique over the run and far from any seed figure. */
  private nextMark(): number {
    return 100_000 + this.marks++;
  }

  /** Sends one write, retrying with the same Idempotency-Key on no answer or a 5xx; records what came of it. */
  private async write(
    kind: WriteKind,
    reportId: string,
    path: string,
    token: string,
    body: unknown,
    fields: Pick<Write, 'mark' | 'revision'>,
  ): Promise<Write> {
    const id = this.nextId++;
    const key = randomUUID();
    let outcome: Outcome = 'indeterminate';
    let detail = '';
    for (let attempt = 1; attempt <= this.settings.attempts; attempt++) {
      const answer = await this.request('POST', path, token, body, key).catch((error: Error) => error);
      if (answer instanceof Error) detail = answer.message;
      else if (answer.status >= 200 && answer.status < 300) {
        const rejected = kind === 'import' ? ((answer.body as { rejected?: unknown[] }).rejected ?? []) : [];
        outcome = rejected.length === 0 ? 'ok' : attempt === 1 ? 'refused' : 'indeterminate';
        detail = rejected.length === 0 ? '' : JSON.stringify(rejected);
        break;
      } else if (answer.status < 500 && answer.status !== 408 && answer.status !== 429) {
        // A first 4xx was decided on and refused; after a lost answer the first attempt may have landed.
        outcome = attempt === 1 ? 'refused' : 'indeterminate';
        detail = `${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`;
        break;
      } else detail = `${answer.status}`;
      if (attempt < this.settings.attempts) await sleep(1000 * attempt);
    }
    const write: Write = {
      id,
      kind,
      reportId,
      ...fields,
      outcome,
      answeredAt: Date.now(),
      ...(detail ? { detail } : {}),
    };
    this.ledger.push(write);
    return write;
  }

  private async request(
    method: 'GET' | 'POST',
    path: string,
    token: string,
    body?: unknown,
    key?: string,
  ): Promise<Answer> {
    const answer = await fetch(`${this.intakeUrl}${path}`, {
      method,
      headers: {
        Authorization: token,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(key ? { 'Idempotency-Key': key } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(this.settings.requestTimeoutMs),
    });
    const text = await answer.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: kept as text for the ledger's detail
    }
    return { status: answer.status, body: parsed };
  }
}

/** The total carries the write's unique mark; the breakdown part stays below it (the catalogue's breakdown check). */
function markedObservations(mark: number) {
  return [
    { measure: MARKED_MEASURE, dimensions: {}, value: { kind: 'number', amount: String(mark) } },
    { ...PART_MEASURE, value: { kind: 'number', amount: String(mark % 97) } },
  ];
}
