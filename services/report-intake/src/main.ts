import { startService } from '@salw/platform';
import { createAppModule, SERVICE_DESCRIPTION, SERVICE_TITLE, TEXT_BODIES } from './app.module';
import { loadReportIntakeSettings } from './settings';

async function main() {
  const settings = loadReportIntakeSettings();
  await startService(createAppModule(settings), {
    title: SERVICE_TITLE,
    description: SERVICE_DESCRIPTION,
    settings: settings.platform,
    textBodies: TEXT_BODIES,
  });
}

void main();
