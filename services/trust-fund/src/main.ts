import { startService } from '@salw/platform';
import { consumerOf, createAppModule } from './app.module';
import { loadTrustFundSettings } from './settings';

const settings = loadTrustFundSettings();
void startService(createAppModule(settings), {
  title: 'Trust fund',
  description:
    'Multi-Partner Trust Fund of the Roadmap: donors, pledges, deposits, Steering Committee, projects, transfers; sources-and-uses ledger, allocations, pipeline.',
  settings: settings.platform,
  consumer: consumerOf(settings),
});
