import { Inject, Injectable } from '@nestjs/common';
import { WITHOUT_BOOKKEEPING } from '@salw/messaging';
import { MONGO_DB } from '@salw/platform';
import type { Db, Document, Filter } from 'mongodb';
import { COLLECTIONS } from '../../constants';
import { ROUND_CADENCE_MONTHS } from '../../domain/coordination-round/coordination-round.events';
import { addCounts, emptyCounts, GenderCounts, genderShare } from '../../domain/gender-share';
import { addMonths, WB6 } from '../../domain/jurisdictions';
import { isOverdue } from '../../domain/meeting/meeting.events';

interface MeetingRow extends Document {
  _id: string;
  meetingId: string;
  kind: string;
  jurisdiction?: string;
  roundNumber?: number;
  startDate: string;
  endDate: string;
  status: string;
  year: number;
  gender?: Partial<GenderCounts>;
}

interface RoundRow extends Document {
  _id: string;
  roundNumber: number;
  label: string;
  reportingPeriod?: string;
  regionalMeetingId?: string;
  regionalMeetingDate?: string;
}

interface ActionItemRow extends Document {
  _id: string;
  status: 'open' | 'done';
  dueDate: string;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Queries of the meeting read models (equality filters only: FerretDB pushes those down). */
@Injectable()
export class MeetingQueries {
  constructor(@Inject(MONGO_DB) private readonly db: Db) {}

  private get meetings() {
    return this.db.collection<MeetingRow>(COLLECTIONS.meetings);
  }

  async list(filter: { kind?: string; year?: number; roundNumber?: number; jurisdiction?: string }) {
    const query: Filter<MeetingRow> = {};
    for (const [key, value] of Object.entries(filter))
      if (value !== undefined) (query as Record<string, unknown>)[key] = value;
    const rows = await this.meetings.find(query, WITHOUT_BOOKKEEPING).toArray();
    return rows
      .map(({ _id, gender, ...row }) => ({ ...row, genderShare: genderShare(addCounts(emptyCounts(), gender ?? {})) }))
      .sort((a, b) =>
        a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.meetingId.localeCompare(b.meetingId),
      );
  }

  async genderShareOfMeeting(meetingId: string) {
    const row = await this.meetings.findOne({ _id: meetingId }, WITHOUT_BOOKKEEPING);
    return row ? { meetingId, ...genderShare(addCounts(emptyCounts(), row.gender ?? {})) } : undefined;
  }

  /** Share of women over every (not cancelled) meeting starting in the year. */
  async genderShareOfYear(year: number) {
    const rows = await this.meetings.find({ year }, WITHOUT_BOOKKEEPING).toArray();
    const counted = rows.filter((row) => row.status !== 'cancelled');
    const counts = counted.reduce((sum, row) => addCounts(sum, row.gender ?? {}), emptyCounts());
    return { year, meetings: counted.length, ...genderShare(counts) };
  }

  async actionItems(filter: { status?: string; jurisdiction?: string; overdue?: boolean; asOf?: string }) {
    const query: Record<string, unknown> = {};
    if (filter.status) query.status = filter.status;
    if (filter.jurisdiction) query.jurisdiction = filter.jurisdiction;
    const asOf = filter.asOf ?? today();
    const rows = await this.db
      .collection<ActionItemRow>(COLLECTIONS.actionItems)
      .find(query, WITHOUT_BOOKKEEPING)
      .toArray();
    return rows
      .map(({ _id, ...row }) => ({ ...row, overdue: isOverdue(row, asOf) }))
      .filter((row) => filter.overdue === undefined || row.overdue === filter.overdue)
      .sort((a, b) => String(a.dueDate).localeCompare(String(b.dueDate)));
  }

  /** Which WB6 jurisdictions have scheduled their local meeting of the round, and which have not. */
  async localMeetingsOfRound(roundNumber: number) {
    const rows = await this.meetings.find({ kind: 'local_coordination', roundNumber }, WITHOUT_BOOKKEEPING).toArray();
    return summarizeRound(rows.filter((row) => row.status !== 'cancelled'));
  }

  async cadence() {
    const rounds = (
      await this.db.collection<RoundRow>(COLLECTIONS.rounds).find({}, WITHOUT_BOOKKEEPING).toArray()
    ).sort((a, b) => a.roundNumber - b.roundNumber);
    const locals = (await this.meetings.find({ kind: 'local_coordination' }, WITHOUT_BOOKKEEPING).toArray()).filter(
      (row) => row.status !== 'cancelled',
    );
    const perRound = rounds.map(({ _id, ...round }) => ({
      ...round,
      ...summarizeRound(locals.filter((row) => row.roundNumber === round.roundNumber)),
    }));
    const latest = perRound[perRound.length - 1];
    const dated = [...perRound].reverse().find((round) => typeof round.regionalMeetingDate === 'string');
    const nextRound = latest
      ? dated
        ? {
            roundNumber: latest.roundNumber + 1,
            regionalMeetingDueBy: addMonths(
              dated.regionalMeetingDate ?? '',
              ROUND_CADENCE_MONTHS * (latest.roundNumber + 1 - dated.roundNumber),
            ),
            basis: `regional meetings twice a year: ${ROUND_CADENCE_MONTHS} months after round ${dated.roundNumber}'s regional meeting (${dated.regionalMeetingDate})`,
          }
        : { roundNumber: latest.roundNumber + 1, status: 'no_data', reason: 'no round has a regional meeting date' }
      : { roundNumber: 1, status: 'no_data', reason: 'no round planned yet' };
    return {
      cadenceMonths: ROUND_CADENCE_MONTHS,
      rounds: perRound,
      latestRound: latest?.roundNumber ?? null,
      nextRound,
    };
  }
}

function summarizeRound(rows: MeetingRow[]) {
  const scheduled = rows
    .map((row) => ({
      jurisdiction: row.jurisdiction as string,
      meetingId: row.meetingId,
      date: row.startDate,
      endDate: row.endDate,
      status: row.status,
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const done = new Set(scheduled.map((row) => row.jurisdiction));
  return { localMeetings: scheduled, notScheduled: WB6.filter((code) => !done.has(code)) };
}
