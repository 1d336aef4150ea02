import { startService } from '@salw/platform';
import { meetingCoordinationModule, settings } from './app.module';
import { CONSUMER_GROUP } from './constants';

void startService(meetingCoordinationModule(settings), {
  title: 'Meeting coordination',
  description:
    'Local and regional Roadmap coordination meetings, high-level meetings and donor conferences: rounds, agendas, participants (share of women), documents, notes, conclusions, needs for support, action items, and the readiness of a regional meeting from the report events.',
  settings,
  consumerGroup: CONSUMER_GROUP,
});
