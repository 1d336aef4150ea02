import { EventStore } from '@salw/event-store';
import { BOOKKEEPING, MessagingClient, ProjectionBookkeeping, replayEventStore, replayTopics } from '@salw/messaging';
import { buildService, EVENT_STORE, MESSAGING_CLIENT, MONGO_DB } from '@salw/platform';
import { eventually, expectReadyAndDocumented, testInfra, tokenFor, uniqueName } from '@salw/testing';
import { MongoClient, type Db } from 'mongodb';
import request from 'supertest';
import { consumerOf, createAppModule } from '../src/app.module';
import { applyFundEvents, readFigures } from '../src/read-models/fund-figures/fund-figures.projector';
import { loadTrustFundSettings } from '../src/settings';

jest.setTimeout(60_000);

describe('trust-fund service on the real broker and database', () => {
  const infra = testInfra();
  const serviceSettings = loadTrustFundSettings({
    ...process.env,
    MONGO_DB: uniqueName('trust_fund'),
    FUND_TOPIC: uniqueName('test.trustfund.fund.v1'),
    TRUST_FUND_GROUP: uniqueName('trust-fund'),
    LOG_LEVEL: 'warn',
    KAFKA_BROKERS: infra.kafkaBrokers.join(','),
    MONGO_URL: infra.mongoUrl,
  });
  const settings = serviceSettings.platform;
  // Real tokens of the demo users from the local Keycloak, fetched again before each test when near expiry.
  let agent: string, seesac: string, analyst: string, donor: string;
  beforeEach(async () => {
    [agent, seesac, analyst, donor] = await Promise.all(
      (['administrative_agent', 'seesac', 'analyst', 'donor'] as const).map((role) => tokenFor({ role })),
    );
  });
  let app: Awaited<ReturnType<typeof buildService>>;
  let store: EventStore;
  const http = () => request(app.getHttpServer());
  const fundEvents = async () => (await store.readStream('fund:roadmap-mptf')).length;

  beforeAll(async () => {
    app = await buildService(createAppModule(serviceSettings), {
      title: 'trust-fund',
      description: 'test',
      settings,
      consumer: consumerOf(serviceSettings),
    });
    await app.startAllMicroservices();
    await app.listen(0, '127.0.0.1');
    store = app.get<EventStore>(EVENT_STORE);
  }, 60_000);
  afterAll(async () => {
    await app.get<Db>(MONGO_DB).dropDatabase();
    await app.close();
  });

  it('loads the demo data over REST idempotently: the seeded deposits total USD 1,560,808.00 exactly', async () => {
    const { seedTrustFund } = await import('../src/demo/seed');
    const summary = await seedTrustFund(await app.getUrl(), agent.replace('Bearer ', ''));
    expect(summary.depositedUsd).toBe('1560808.00');
    const count = await fundEvents();
    await seedTrustFund(await app.getUrl(), agent.replace('Bearer ', ''));
    expect(await fundEvents()).toBe(count);

    const fund = await http().get('/trust-fund/fund').set('Authorization', donor);
    expect(fund.body).toMatchObject({
      depositedUsd: '1560808.00',
      administrativeAgentFees: '15608.08',
      availableBalance: '1545199.92',
    });
    expect(fund.headers.etag).toBe(`"${count}"`);

    const ledger = await eventually(async () => {
      const read = await http().get('/trust-fund/ledger').set('Authorization', analyst);
      expect(read.body.sources?.deposits).toBe('1560808.00');
      return read.body;
    });
    expect(
      ledger.sources.depositsByDonor.map((line: { donor: string; usd: string }) => [line.donor, line.usd]),
    ).toEqual([
      ['Sweden', '724300.00'],
      ['United Kingdom', '651550.00'],
      ['Norway', '184958.00'],
    ]);
    expect(ledger.sources.depositsByYear).toEqual([{ year: 2019, usd: '1560808.00' }]);
    expect(ledger.sources.depositsByDonor[0].byYear).toEqual([{ year: 2019, usd: '724300.00' }]);
    expect(ledger.uses.administrativeAgentFee).toEqual({ rate: '0.01', usd: '15608.08' });
    expect(ledger.availableBalance).toBe('1545199.92');
    expect(ledger.pledgedNotDeposited).toEqual([
      expect.objectContaining({ donor: 'Germany', currency: 'EUR', pledged: '3000000.00', outstanding: '3000000.00' }),
    ]);

    const contributions = await http().get('/trust-fund/contributions').set('Authorization', donor);
    expect(contributions.status).toBe(200);
    expect(contributions.body.depositedUsd).toBe('1560808.00');
    expect(
      contributions.body.byDonor.map((line: { donor: string; byYear: unknown[] }) => [line.donor, line.byYear]),
    ).toEqual([
      [
        'Sweden',
        [{ year: 2019, usd: '724300.00', original: [{ currency: 'SEK', amount: '7000000.00', usd: '724300.00' }] }],
      ],
      [
        'United Kingdom',
        [{ year: 2019, usd: '651550.00', original: [{ currency: 'GBP', amount: '500000.00', usd: '651550.00' }] }],
      ],
      [
        'Norway',
        [{ year: 2019, usd: '184958.00', original: [{ currency: 'NOK', amount: '1670000.00', usd: '184958.00' }] }],
      ],
    ]);
    expect(contributions.body.byDonor[0].deposits).toEqual([
      expect.objectContaining({
        currency: 'SEK',
        amount: '7000000.00',
        usdAmount: '724300.00',
        rateDerived: true,
        depositedOn: '2019-12-31',
      }),
    ]);

    const committee = await http().get('/trust-fund/steering-committee').set('Authorization', donor);
    expect(committee.body.votingMembers).toEqual([
      'European Union',
      'France',
      'Germany',
      'Sweden',
      'United Kingdom',
      'Norway',
      'UNDP',
      'UNODC',
    ]);
    // Every deposit of the seed changed the top three: one recomposition each, the last one with Norway's seat.
    expect(committee.body.recompositions.map((line: { topDonors: string[] }) => line.topDonors)).toEqual([
      ['sweden'],
      ['sweden', 'united-kingdom'],
      ['sweden', 'united-kingdom', 'norway'],
    ]);
    expect(committee.body.members).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Netherlands', seat: 'observer', votes: false }),
        expect.objectContaining({ name: 'MPTF Office', seat: 'administrative_agent', votes: false }),
        expect.objectContaining({ name: 'SEESAC', seat: 'secretariat', votes: false }),
      ]),
    );
  });

  it('recomposes the Steering Committee when a deposit changes the ranking (the 2020 composition)', async () => {
    const deposit = await http().post('/trust-fund/deposits').set('Authorization', agent).send({
      depositId: 'netherlands-1',
      donorId: 'netherlands',
      currency: 'EUR',
      amount: '500000.00',
      usdAmount: '590000.00',
      rate: '1.18',
      rateDate: '2020-06-30',
      rateSource: 'MPTF Office',
      depositedOn: '2020-06-30',
    });
    expect(deposit.status).toBe(200);
    expect(deposit.body.topDonors).toEqual(['sweden', 'united-kingdom', 'netherlands']);
    const events = await store.readStream('fund:roadmap-mptf');
    expect(events[events.length - 1]).toMatchObject({
      type: 'SteeringCommitteeRecomposed',
      data: { causedByDepositId: 'netherlands-1' },
    });
    await eventually(async () => {
      const committee = await http().get('/trust-fund/steering-committee').set('Authorization', analyst);
      expect(committee.body.votingMembers).toEqual([
        'European Union',
        'France',
        'Germany',
        'Sweden',
        'United Kingdom',
        'Netherlands',
        'UNDP',
        'UNODC',
      ]);
      expect(committee.body.members).toEqual(
        expect.arrayContaining([expect.objectContaining({ name: 'Norway', seat: 'observer', votes: false })]),
      );
      const history = committee.body.recompositions;
      expect(history).toHaveLength(4);
      expect(history[3]).toMatchObject({
        causedByDepositId: 'netherlands-1',
        recomposedOn: '2020-06-30',
        topDonors: ['sweden', 'united-kingdom', 'netherlands'],
        previousTopDonors: ['sweden', 'united-kingdom', 'norway'],
        reason: expect.any(String),
      });
      const seats = (members: { name: string; seat: string }[]) =>
        Object.fromEntries(members.map((member) => [member.name, member.seat]));
      expect(seats(history[3].members)).toMatchObject({ Netherlands: 'top_donor', Norway: 'observer' });
      // The earlier composition is kept as it was, not rewritten by the later deposit.
      expect(seats(history[2].members)).toMatchObject({ Norway: 'top_donor', Netherlands: 'observer' });
    });
  });

  it('refuses bad input with 400 listing every problem, storing nothing', async () => {
    const before = await fundEvents();
    const bad = await http().post('/trust-fund/deposits').set('Authorization', agent).send({
      depositId: 'x',
      donorId: 'sweden',
      currency: 'SEK',
      amount: 7000000,
      rateDate: '2020-01-01',
      rateSource: 'MPTF Office',
      depositedOn: '2020-01-01',
      extra: 1,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.problems.map((problem: { path: string }) => problem.path).sort()).toEqual([
      'amount',
      'extra',
      'usdAmount',
    ]);
    const domain = await http().post('/trust-fund/deposits').set('Authorization', agent).send({
      depositId: 'Bad Id',
      donorId: 'nobody',
      currency: 'XYZ',
      amount: '1.234',
      usdAmount: '0',
      rateDate: '31/12/2019',
      rateSource: 'x',
      depositedOn: '2020-02-30x',
    });
    expect(domain.status).toBe(400);
    // Every input rule is in the DTO now: all named in one pass. Whether the donor is registered
    // depends on the fund's state, so it is named once the deposit is well-formed (below).
    expect(domain.body.problems.map((problem: { path: string }) => problem.path).sort()).toEqual([
      'amount',
      'currency',
      'depositId',
      'depositedOn',
      'rateDate',
      'usdAmount',
    ]);
    const unknownDonor = await http().post('/trust-fund/deposits').set('Authorization', agent).send({
      depositId: 'x-1',
      donorId: 'nobody',
      currency: 'USD',
      amount: '1.00',
      usdAmount: '1.00',
      rateDate: '2020-01-01',
      rateSource: 'x',
      depositedOn: '2020-01-01',
    });
    // A well-formed deposit of a donor not registered yet conflicts with the fund's state (409, RFC 9110), not bad input.
    expect(unknownDonor.status).toBe(409);
    expect(unknownDonor.body.problems.map((problem: { path: string }) => problem.path)).toEqual(['donorId']);
    const project = await http()
      .post('/trust-fund/projects')
      .set('Authorization', seesac)
      .send({
        projectId: 'p',
        title: '',
        leadOrganization: 'SEESAC',
        coApplicants: [],
        goals: [8],
        jurisdictions: [],
        budgetUsd: 'lots',
        proposedOn: '2020',
      });
    expect(project.status).toBe(400);
    expect(project.body.problems.map((problem: { path: string }) => problem.path)).toEqual([
      'title',
      'leadOrganization',
      'goals',
      'jurisdictions',
      'budgetUsd',
      'proposedOn',
    ]);
    const capital = await http()
      .post('/trust-fund/projects')
      .set('Authorization', seesac)
      .send({
        projectId: 'p',
        title: 'P',
        leadOrganization: 'UNDP',
        coApplicants: [],
        goals: [1],
        jurisdictions: ['Belgrade'],
        budgetUsd: '1.00',
        proposedOn: '2020-01-01',
      });
    expect(capital.body.problems).toEqual([
      {
        path: 'jurisdictions',
        message:
          'each of jurisdictions must be one of belgrade, podgorica, pristina, sarajevo, skopje, tirana, chisinau, regional',
      },
    ]);
    // 004: Germany, France and the EU sit ex officio by the governance; a caller cannot seat Sweden so.
    const selfSeated = await http()
      .post('/trust-fund/donors')
      .set('Authorization', agent)
      .send({ donorId: 'sweden-2', name: 'Sweden', exOfficio: true });
    expect(selfSeated.status).toBe(400);
    expect(selfSeated.body.problems[0]).toMatchObject({
      path: 'exOfficio',
      message: expect.stringContaining('"sweden-2" is not one'),
    });
    expect(await fundEvents()).toBe(before);
    expect(await store.readStream('project:p')).toHaveLength(0);
    expect((await http().post('/trust-fund/deposits').set('Authorization', donor).send({})).status).toBe(403);
    expect((await http().post('/trust-fund/deposits').send({})).status).toBe(401);
  });

  it('refuses every transfer the rules forbid with a clear reason, changing nothing; makes the rest', async () => {
    const propose = (projectId: string, budgetUsd: string, goals = [6, 7], jurisdictions = ['belgrade']) =>
      http()
        .post('/trust-fund/projects')
        .set('Authorization', seesac)
        .send({
          projectId,
          title: `Project ${projectId}`,
          leadOrganization: 'UNDP',
          coApplicants: ['INTERPOL'],
          goals,
          jurisdictions,
          budgetUsd,
          proposedOn: '2020-10-01',
        });
    expect((await propose('evidence-rooms', '300000.00')).status).toBe(200);
    expect((await propose('big-one', '9000000.00', [3], ['skopje'])).status).toBe(200);
    const transfer = (
      projectId: string,
      usdAmount: string,
      recipient = 'UNDP',
      transferId = `t-${projectId}-${usdAmount.replace('.', '-')}`,
    ) =>
      http()
        .post('/trust-fund/transfers')
        .set('Authorization', agent)
        .send({ transferId, projectId, recipient, usdAmount, transferredOn: '2021-01-15' });

    const before = await fundEvents();
    const unapproved = await transfer('evidence-rooms', '1000.00');
    expect(unapproved.status).toBe(409);
    expect(unapproved.body.message).toMatch(/not approved/);

    const voting = ['Germany', 'France', 'European Union', 'Sweden', 'United Kingdom', 'Netherlands', 'UNDP', 'UNODC'];
    const notVoting = await http()
      .post('/trust-fund/projects/evidence-rooms/decision')
      .set('Authorization', seesac)
      .send({ decision: 'approve', decidedOn: '2020-12-10', membersPresent: ['Germany', 'MPTF Office'] });
    // Who votes is the fund's state (the top donors change with deposits): a conflict with it (409), naming the member.
    expect(notVoting.status).toBe(409);
    for (const projectId of ['evidence-rooms', 'big-one']) {
      const approval = await http()
        .post(`/trust-fund/projects/${projectId}/decision`)
        .set('Authorization', seesac)
        .send({ decision: 'approve', decidedOn: '2020-12-10', membersPresent: voting });
      expect(approval.status).toBe(200);
      expect(approval.body).toMatchObject({ status: 'approved', membersPresent: voting });
    }
    expect((await http().get('/trust-fund/projects/nothing-here').set('Authorization', donor)).status).toBe(404);

    const secretariat = await transfer('evidence-rooms', '1000.00', 'SEESAC');
    expect([secretariat.status, secretariat.body.message]).toEqual([
      409,
      expect.stringMatching(/Secretariat \(SEESAC\) can never receive/),
    ]);
    const outsider = await transfer('evidence-rooms', '1000.00', 'INTERPOL');
    expect([outsider.status, outsider.body.message]).toEqual([
      409,
      expect.stringMatching(/not a participating organization/),
    ]);
    const aboveBudget = await transfer('evidence-rooms', '300000.01');
    expect([aboveBudget.status, aboveBudget.body.message]).toEqual([409, expect.stringMatching(/approved budget/)]);
    const aboveBalance = await transfer('big-one', '2129299.93');
    expect([aboveBalance.status, aboveBalance.body.message]).toEqual([
      409,
      expect.stringMatching(/available balance of USD 2129299\.92/),
    ]);
    expect(await fundEvents()).toBe(before);

    const fund = await http().get('/trust-fund/fund').set('Authorization', agent);
    const made = await http()
      .post('/trust-fund/transfers')
      .set('Authorization', agent)
      .set('If-Match', fund.headers.etag)
      .send({
        transferId: 't-1',
        projectId: 'evidence-rooms',
        recipient: 'UNDP',
        usdAmount: '214000.00',
        transferredOn: '2021-01-15',
      });
    expect(made.status).toBe(200);
    const raced = await http()
      .post('/trust-fund/transfers')
      .set('Authorization', agent)
      .set('If-Match', fund.headers.etag)
      .send({
        transferId: 't-2',
        projectId: 'evidence-rooms',
        recipient: 'UNDP',
        usdAmount: '1000.00',
        transferredOn: '2021-01-15',
      });
    expect(raced.status).toBe(409);
    const rest = await transfer('evidence-rooms', '86000.01');
    expect([rest.status, rest.body.message]).toEqual([409, expect.stringMatching(/86000\.00 left/)]);
    const refund = await http().post('/trust-fund/refunds').set('Authorization', agent).send({
      refundId: 'r-1',
      projectId: 'evidence-rooms',
      organization: 'UNDP',
      usdAmount: '4000.00',
      refundedOn: '2022-01-01',
      reason: 'unspent',
    });
    expect(refund.body.availableBalance).toBe('1919299.92');
    const overRefund = await http().post('/trust-fund/refunds').set('Authorization', agent).send({
      refundId: 'r-2',
      projectId: 'evidence-rooms',
      organization: 'UNDP',
      usdAmount: '210000.01',
      refundedOn: '2022-01-02',
      reason: 'too much',
    });
    expect([overRefund.status, overRefund.body.message]).toEqual([
      409,
      expect.stringMatching(/exceeds the USD 210000\.00 transferred/),
    ]);

    expect(
      (
        await http()
          .post('/trust-fund/projects/evidence-rooms/implementation-start')
          .set('Authorization', seesac)
          .send({ startedOn: '2021-01-20' })
      ).status,
    ).toBe(200);
    await eventually(async () => {
      const ledger = await http().get('/trust-fund/ledger').set('Authorization', donor);
      expect(ledger.body).toMatchObject({
        uses: { transferred: '214000.00', indirectCostsWithinTransfers: { rate: '0.07', usd: '14000.00' } },
        sources: { refunds: '4000.00' },
        allocatedToApprovedProjects: '9300000.00',
        availableBalance: '1919299.92',
      });
      const allocations = await http().get('/trust-fund/allocations').set('Authorization', donor);
      expect(allocations.body.byGoal).toEqual([
        { goal: 3, usd: '9000000.00' },
        { goal: 6, usd: '300000.00' },
        { goal: 7, usd: '300000.00' },
      ]);
      expect(allocations.body.byJurisdiction).toEqual([
        { jurisdiction: 'belgrade', usd: '300000.00' },
        { jurisdiction: 'skopje', usd: '9000000.00' },
      ]);
      const funded = (
        approvedUsd: string,
        transferredUsd = '0.00',
        refundedUsd = '0.00',
        netTransferredUsd = '0.00',
      ) => ({ approvedUsd, transferredUsd, refundedUsd, netTransferredUsd });
      const evidence = funded('300000.00', '214000.00', '4000.00', '210000.00');
      expect(allocations.body.funding).toEqual({
        byGoal: [
          { goal: 3, ...funded('9000000.00') },
          { goal: 6, ...evidence },
          { goal: 7, ...evidence },
        ],
        byJurisdiction: [
          { jurisdiction: 'belgrade', ...evidence },
          { jurisdiction: 'skopje', ...funded('9000000.00') },
        ],
        byGoalAndJurisdiction: [
          { goal: 3, jurisdiction: 'skopje', ...funded('9000000.00') },
          { goal: 6, jurisdiction: 'belgrade', ...evidence },
          { goal: 7, jurisdiction: 'belgrade', ...evidence },
        ],
      });
      const pipeline = await http().get('/trust-fund/pipeline').set('Authorization', analyst);
      expect(pipeline.body.under_implementation).toMatchObject({
        count: 1,
        projects: [
          expect.objectContaining({ projectId: 'evidence-rooms', transferredUsd: '214000.00', refundedUsd: '4000.00' }),
        ],
      });
      expect(pipeline.body.approved).toMatchObject({ count: 1, budgetUsd: '9000000.00' });
    });
  });

  it("books interest (the fund's, UNDP's) and a refund to a contributor in the sources-and-uses ledger, refusing what the rules forbid", async () => {
    const post = (path: string, body: Record<string, unknown>) =>
      http().post(`/trust-fund/${path}`).set('Authorization', agent).send(body);
    const before = await fundEvents();
    const bad = await post('interest', {
      interestId: 'Bad Id',
      earnedBy: 'SEESAC',
      usdAmount: 12.5,
      earnedOn: '2020-12-31',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.problems.map((problem: { path: string }) => problem.path).sort()).toEqual([
      'interestId',
      'usdAmount',
    ]);
    const secretariat = await post('interest', {
      interestId: 'i-seesac',
      earnedBy: 'SEESAC',
      usdAmount: '12.50',
      earnedOn: '2020-12-31',
    });
    expect([secretariat.status, secretariat.body.problems]).toEqual([
      400,
      [{ path: 'earnedBy', message: expect.stringContaining('the Secretariat (SEESAC) holds no fund money') }],
    ]);
    const unodc = await post('interest', {
      interestId: 'i-unodc',
      earnedBy: 'UNODC',
      usdAmount: '12.50',
      earnedOn: '2020-12-31',
    });
    expect([unodc.status, unodc.body.message]).toEqual([
      409,
      "UNODC has received no transfer from the fund: it cannot have earned interest on the fund's money",
    ]);
    const tooMuch = await post('contributor-refunds', {
      refundId: 'refund-norway-x',
      donorId: 'norway',
      usdAmount: '184958.01',
      refundedOn: '2022-06-30',
      reason: 'too much',
    });
    expect([tooMuch.status, tooMuch.body.message]).toEqual([
      409,
      expect.stringMatching(/^Refund of USD 184958\.01 to Norway exceeds what it deposited/),
    ]);
    expect(await fundEvents()).toBe(before);

    expect(
      (
        await post('interest', {
          interestId: 'interest-2020-fund',
          earnedBy: 'fund',
          usdAmount: '1520.35',
          earnedOn: '2020-12-31',
          note: 'test figure: the seeds give none',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await post('interest', {
          interestId: 'interest-2021-undp',
          earnedBy: 'UNDP',
          usdAmount: '210.07',
          earnedOn: '2021-12-31',
        })
      ).status,
    ).toBe(200);
    const refunded = await post('contributor-refunds', {
      refundId: 'refund-norway-1',
      donorId: 'norway',
      usdAmount: '84958.00',
      refundedOn: '2022-06-30',
      reason: 'test figure: the seeds give none',
    });
    expect(refunded.status).toBe(200);
    // 1,919,299.92 + 1,520.35 + 210.07 − 84,958.00
    expect(refunded.body).toMatchObject({
      interestEarnedByFund: '1520.35',
      interestFromParticipatingOrganizations: '210.07',
      refundedToContributors: '84958.00',
      availableBalance: '1836072.34',
    });
    await eventually(async () => {
      const ledger = (await http().get('/trust-fund/ledger').set('Authorization', donor)).body;
      expect(ledger.sources.interest).toEqual({
        earnedByFund: '1520.35',
        fromParticipatingOrganizations: [{ organization: 'UNDP', usd: '210.07' }],
        fromParticipatingOrganizationsTotal: '210.07',
      });
      expect(ledger.sources.refundsToContributors).toEqual({
        usd: '84958.00',
        byDonor: [{ donorId: 'norway', donor: 'Norway', usd: '84958.00' }],
      });
      const lines = Object.fromEntries(
        ledger.statement.map(({ line, usd }: { line: string; usd: string }) => [line, usd]),
      );
      expect(lines).toMatchObject({
        'Fund earned interest and investment income': '1520.35',
        'Interest income received from Participating Organizations': '210.07',
        'Refunds by Administrative Agent to Contributors': '-84958.00',
        'Transfers to Participating Organizations': '214000.00',
        'Refunds received from Participating Organizations': '-4000.00',
        'Balance of funds available with the Administrative Agent': '1836072.34',
      });
      expect(ledger.availableBalance).toBe('1836072.34');
    });
  });

  it('rebuilds figures from a replay of the event store, and of the topic, that equal the live ones', async () => {
    const db = app.get<Db>(MONGO_DB);
    const total = (await store.readAll(0, 10_000)).length;
    const live = await eventually(async () => {
      const document = await db.collection('fund_figures').findOne({ _id: 'roadmap-mptf' as never });
      const bookkeeping = document?.[BOOKKEEPING] as ProjectionBookkeeping | undefined;
      const applied = (bookkeeping?.applied ?? []).reduce((sum, { version }) => sum + version, 0);
      expect(applied).toBe(total);
      return readFigures(db);
    });
    const client = new MongoClient(settings.MONGO_URL);
    const rebuiltDb = client.db(uniqueName('trust_fund_replay'));
    const topicDb = client.db(uniqueName('trust_fund_topic_replay'));
    try {
      const result = await replayEventStore(store, (events) => applyFundEvents(rebuiltDb, events as never));
      expect(result.applied).toBe(total);
      expect(await readFigures(rebuiltDb)).toEqual(live);
      const fromTopic = await replayTopics(
        app.get<MessagingClient>(MESSAGING_CLIENT),
        [serviceSettings.service.FUND_TOPIC],
        (events) => applyFundEvents(topicDb, events as never),
      );
      expect(fromTopic.applied).toBeGreaterThanOrEqual(total);
      expect(await readFigures(topicDb)).toEqual(live);
    } finally {
      await rebuiltDb.dropDatabase();
      await topicDb.dropDatabase();
      await client.close();
    }
  });

  it('serves health and OpenAPI', async () => {
    await expectReadyAndDocumented(http, [
      '/trust-fund/deposits',
      '/trust-fund/transfers',
      '/trust-fund/ledger',
      '/trust-fund/steering-committee',
    ]);
  });
});
