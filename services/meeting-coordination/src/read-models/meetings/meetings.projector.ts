import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ConsumedEvent, GuardedWrites, HeldDocuments } from '@salw/messaging';
import { MONGO_DB, withoutUndefined } from '@salw/platform';
import type { Db } from 'mongodb';
import { COLLECTIONS, CONSUMED } from '../../constants';
import { countGenders } from '../../domain/gender-share';
import { Participant } from '../../domain/meeting/meeting.events';

const STATUS_OF: Record<string, string> = {
  MeetingConfirmed: 'confirmed',
  MeetingHeld: 'held',
  MeetingNotesPublished: 'notes_published',
  MeetingCancelled: 'cancelled',
};

/**
 * Projects this service's own events (its topic) into the cross-meeting read models: the meeting
 * list with gender counts (totals counted as events arrive), action items, and rounds.
 */
@Controller()
export class MeetingsProjector {
  /** What this projector wrote last, folded onto instead of read again (one writer per document). */
  private readonly held = new HeldDocuments();

  constructor(@Inject(MONGO_DB) private readonly db: Db) {}

  @EventPattern(CONSUMED.meetings)
  async apply(@Payload() events: ConsumedEvent[]): Promise<void> {
    const meetings = new GuardedWrites();
    const items = new GuardedWrites();
    const rounds = new GuardedWrites();
    for (const event of events) {
      const data = event.payload as Record<string, unknown>;
      const at = [event.streamId, event.streamVersion] as const;
      switch (event.type) {
        case 'MeetingScheduled': {
          const { meetingId, kind, title, number, roundNumber, jurisdiction, format, startDate, endDate } =
            data as Record<string, string>;
          meetings.update(meetingId, ...at, {
            $set: withoutUndefined({
              meetingId,
              kind,
              title,
              number,
              roundNumber,
              jurisdiction,
              format,
              startDate,
              endDate,
              year: Number(startDate.slice(0, 4)),
              status: 'planned',
            }),
          });
          break;
        }
        case 'MeetingRescheduled': {
          const { meetingId, startDate, endDate } = data as Record<string, string>;
          meetings.update(meetingId, ...at, { $set: { startDate, endDate, year: Number(startDate.slice(0, 4)) } });
          break;
        }
        case 'MeetingConfirmed':
        case 'MeetingHeld':
        case 'MeetingNotesPublished':
        case 'MeetingCancelled':
          meetings.update(data.meetingId as string, ...at, { $set: { status: STATUS_OF[event.type] } });
          break;
        case 'ParticipantsRegistered': {
          const counts = countGenders(data.participants as Participant[]);
          meetings.update(data.meetingId as string, ...at, {
            $inc: {
              'gender.women': counts.women,
              'gender.men': counts.men,
              'gender.other': counts.other,
              'gender.notRecorded': counts.notRecorded,
            },
          });
          break;
        }
        case 'ActionItemAssigned': {
          const { meetingId, actionItemId } = data as Record<string, string>;
          items.update(`${meetingId}--${actionItemId}`, ...at, { $set: { ...data, status: 'open' } });
          break;
        }
        case 'ActionItemCompleted': {
          const { meetingId, actionItemId, completedOn } = data as Record<string, string>;
          items.update(`${meetingId}--${actionItemId}`, ...at, { $set: { status: 'done', completedOn } });
          break;
        }
        case 'CoordinationRoundPlanned':
        case 'RegionalMeetingDateSet':
          rounds.update(`round-${data.roundNumber as number}`, ...at, { $set: { ...data } });
          break;
        default:
          break; // agenda, documents and notes are read from the meeting's own stream
      }
    }
    await meetings.flush(this.db.collection(COLLECTIONS.meetings), this.held);
    await items.flush(this.db.collection(COLLECTIONS.actionItems), this.held);
    await rounds.flush(this.db.collection(COLLECTIONS.rounds), this.held);
  }
}
