import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { toJson } from '@bufbuild/protobuf';
import { coordinationEvents, coordinationV1 } from '@salw/contracts';
import { ConsumedEvent, GuardedWrites, HeldDocuments } from '@salw/messaging';
import { MONGO_DB, withoutUndefined } from '@salw/platform';
import type { Db } from 'mongodb';
import { COLLECTIONS, CONSUMED } from '../../constants';
import { countGenders } from '../../domain/gender-share';
import type { Gender } from '../../domain/meeting/meeting.events';

const STATUS_OF: Record<string, string> = {
  MeetingConfirmed: 'confirmed',
  MeetingHeld: 'held',
  MeetingNotesPublished: 'notes_published',
  MeetingCancelled: 'cancelled',
};

/**
 * Projects this service's own events (its topic) into the cross-meeting read models: the meeting
 * list with gender counts (totals counted as events arrive), action items, and rounds. Events are decoded as their
 * generated messages (coordinationEvents); what is stored of a payload is its contract JSON (toJson).
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
    for (const consumed of events) {
      const event = coordinationEvents.decode(consumed);
      if (!event) continue;
      const at = [event.streamId, event.streamVersion] as const;
      switch (event.type) {
        case 'MeetingScheduled': {
          const { meetingId, kind, title, number, roundNumber, jurisdiction, format, startDate, endDate } =
            event.payload;
          meetings.update(meetingId, ...at, {
            $set: withoutUndefined({
              meetingId,
              kind,
              title,
              number,
              roundNumber,
              jurisdiction,
              format: format && toJson(coordinationV1.MeetingFormatSchema, format),
              startDate,
              endDate,
              year: Number(startDate.slice(0, 4)),
              status: 'planned',
            }),
          });
          break;
        }
        case 'MeetingRescheduled': {
          const { meetingId, startDate, endDate } = event.payload;
          meetings.update(meetingId, ...at, { $set: { startDate, endDate, year: Number(startDate.slice(0, 4)) } });
          break;
        }
        case 'MeetingConfirmed':
        case 'MeetingHeld':
        case 'MeetingNotesPublished':
        case 'MeetingCancelled':
          meetings.update(event.payload.meetingId, ...at, { $set: { status: STATUS_OF[event.type] } });
          break;
        case 'ParticipantsRegistered': {
          const counts = countGenders(event.payload.participants as { gender?: Gender }[]);
          meetings.update(event.payload.meetingId, ...at, {
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
          const { meetingId, actionItemId } = event.payload;
          const item = toJson(coordinationV1.ActionItemAssignedSchema, event.payload) as object;
          items.update(`${meetingId}--${actionItemId}`, ...at, { $set: { ...item, status: 'open' } });
          break;
        }
        case 'ActionItemCompleted': {
          const { meetingId, actionItemId, completedOn } = event.payload;
          items.update(`${meetingId}--${actionItemId}`, ...at, { $set: { status: 'done', completedOn } });
          break;
        }
        case 'CoordinationRoundPlanned':
          rounds.update(`round-${event.payload.roundNumber}`, ...at, {
            $set: toJson(coordinationV1.CoordinationRoundPlannedSchema, event.payload) as object,
          });
          break;
        case 'RegionalMeetingDateSet':
          rounds.update(`round-${event.payload.roundNumber}`, ...at, {
            $set: toJson(coordinationV1.RegionalMeetingDateSetSchema, event.payload) as object,
          });
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
