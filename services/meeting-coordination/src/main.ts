import { startService } from '@salw/platform';
import { consumerOf, createAppModule } from './app.module';
import { loadMeetingCoordinationSettings } from './settings';

const settings = loadMeetingCoordinationSettings();
void startService(createAppModule(settings), {
  title: 'Meeting coordination',
  description:
    'Local and regional Roadmap coordination meetings, high-level meetings and donor conferences: rounds, agendas, participants (share of women), documents, notes, conclusions, needs for support, action items, and the readiness of a regional meeting from the report events.',
  settings: settings.platform,
  consumer: consumerOf(settings),
});
