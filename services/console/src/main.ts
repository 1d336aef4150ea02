import { buildService } from '@salw/platform';
import { appShell } from './app-shell/app-shell';
import { createAppModule, SERVICE_DESCRIPTION, SERVICE_TITLE, TEXT_BODIES } from './app.module';
import { loadConsoleSettings } from './settings';

async function main() {
  const settings = loadConsoleSettings();
  const app = await buildService(createAppModule(settings), {
    title: SERVICE_TITLE,
    description: SERVICE_DESCRIPTION,
    settings: settings.platform,
    textBodies: TEXT_BODIES,
  });
  app.use(appShell(settings.service));
  await app.listen(settings.platform.PORT, settings.platform.HOST);
}

void main();
