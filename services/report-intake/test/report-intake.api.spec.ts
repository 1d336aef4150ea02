import { InMemoryEventStore } from '@salw/event-store';
import { fromMessage, InMemoryBroker } from '@salw/messaging';
import { buildService } from '@salw/platform';
import { apiSpecEnv, apiSpecification, eventually, tokenFor } from '@salw/testing';
import { createAppModule, SERVICE_DESCRIPTION, SERVICE_TITLE, TEXT_BODIES } from '../src/app.module';
import { loadReportIntakeSettings } from '../src/settings';

const REPORT = 'kpi-report:podgorica:2022';
const cases = (amount: string) => ({
  measure: 'kpi3_reported_cases',
  dimensions: { offence_category: 'trafficking' },
  value: { kind: 'number', amount },
});

/** KPI report drafts over HTTP in-process, on the in-memory event store and broker: no Kafka, no database. */
describe('report-intake API on the in-memory store', () => {
  const settings = loadReportIntakeSettings(apiSpecEnv('report-intake'));
  const store = new InMemoryEventStore({ context: 'reporting' });
  const broker = new InMemoryBroker();
  const { http } = apiSpecification(() =>
    buildService(createAppModule(settings, { eventStore: store, broker }), {
      title: SERVICE_TITLE,
      description: SERVICE_DESCRIPTION,
      settings: settings.platform,
      textBodies: TEXT_BODIES,
    }),
  );

  it("saves a ministry's draft of its own report: versioned, stored, published", async () => {
    const ministry = await tokenFor({ role: 'ministry', jurisdiction: 'podgorica' });
    const draft = await http()
      .post('/kpi-reports/podgorica/2022/draft')
      .set('Authorization', ministry)
      .send({ observations: [cases('22')] })
      .expect(200);
    expect(draft.headers.etag).toBe('"1"');
    expect((await store.readStream(REPORT)).map((event) => event.type)).toEqual(['KpiReportDraftSaved']);
    await eventually(async () =>
      expect(broker.messages(settings.service.REPORTS_TOPIC).map((message) => fromMessage(message).streamId)).toEqual([
        REPORT,
      ]),
    );
    await http()
      .post('/kpi-reports/podgorica/2022/draft')
      .set('Authorization', ministry)
      .set('If-Match', '"0"')
      .send({ observations: [cases('23')] })
      .expect(409);
  });

  it("refuses another jurisdiction's ministry (403) and a bad value (one 400 with its path), storing nothing", async () => {
    const belgrade = await tokenFor({ role: 'ministry', jurisdiction: 'belgrade' });
    await http()
      .post('/kpi-reports/podgorica/2022/draft')
      .set('Authorization', belgrade)
      .send({ observations: [cases('1')] })
      .expect(403);
    const ministry = await tokenFor({ role: 'ministry', jurisdiction: 'podgorica' });
    const bad = await http()
      .post('/kpi-reports/podgorica/2022/draft')
      .set('Authorization', ministry)
      .send({ observations: [cases('-1'), { ...cases('1'), measure: 'no_such_measure' }] })
      .expect(400);
    const body = JSON.stringify(bad.body);
    expect(body).toContain('observations[0]');
    expect(body).toContain('observations[1]');
    expect(await store.streamVersion(REPORT)).toBe(1);
  });
});
