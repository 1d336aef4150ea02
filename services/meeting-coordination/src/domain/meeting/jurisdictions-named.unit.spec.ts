import { jurisdictionsNamedBy } from './meeting.decider';

describe('the jurisdictions a meeting command names (a ministry may name only its own)', () => {
  it('finds the jurisdiction of a schedule, a support need and an action item', () => {
    expect(
      jurisdictionsNamedBy({ type: 'RecordSupportNeed', jurisdiction: 'skopje', description: 'Training' }),
    ).toEqual([{ path: 'jurisdiction', jurisdiction: 'skopje' }]);
    expect(
      jurisdictionsNamedBy({
        type: 'AssignActionItem',
        actionItemId: 'ai-1',
        description: 'Adopt',
        owner: 'Commission',
        jurisdiction: 'tirana',
        dueDate: '2024-12-31',
      }),
    ).toEqual([{ path: 'jurisdiction', jurisdiction: 'tirana' }]);
    expect(
      jurisdictionsNamedBy({
        type: 'AssignActionItem',
        actionItemId: 'ai-2',
        description: 'Adopt',
        owner: 'Commission',
        dueDate: '2024-12-31',
      }),
    ).toEqual([]);
  });

  it('finds every presenting jurisdiction and every participant jurisdiction, with its path', () => {
    expect(
      jurisdictionsNamedBy({
        type: 'AddAgendaSession',
        sessionId: 's',
        date: '2024-04-02',
        title: 'T',
        goals: [],
        presentingJurisdictions: ['tirana', 'skopje'],
      }),
    ).toEqual([
      { path: 'presentingJurisdictions[0]', jurisdiction: 'tirana' },
      { path: 'presentingJurisdictions[1]', jurisdiction: 'skopje' },
    ]);
    const participants = [
      { participantId: 'p-1', name: 'A', organization: 'O', role: 'R' },
      { participantId: 'p-2', name: 'B', organization: 'O', role: 'R', jurisdiction: 'podgorica' },
    ];
    expect(jurisdictionsNamedBy({ type: 'RegisterParticipants', participants })).toEqual([
      { path: 'participants[1].jurisdiction', jurisdiction: 'podgorica' },
    ]);
  });

  it('finds none in commands that name no jurisdiction', () => {
    expect(
      jurisdictionsNamedBy({ type: 'RecordConclusion', text: 'Harmonize', author: 'Albrecht von Wittke' }),
    ).toEqual([]);
    expect(
      jurisdictionsNamedBy({
        type: 'RecordSupportNeed',
        organization: 'UNODC',
        description: 'Approval of the project application',
      }),
    ).toEqual([]);
    expect(jurisdictionsNamedBy({ type: 'RecordComment', author: 'A', organization: 'SEESAC', text: 'ok' })).toEqual(
      [],
    );
  });
});
