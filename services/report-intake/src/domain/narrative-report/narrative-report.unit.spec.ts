import { InvalidInput, StateConflict, foldEvents } from '@salw/decider';
import { NarrativeReportEvent, narrativeReportDecider } from './narrative-report';

const goal = { goal: 2, progress: 'Firearms Focal Point fully operational', challenges: 'database integration', plans: 'JAD 2025', needsForSupport: 'training' };
const target = { jurisdiction: 'pristina', period: '2024-H2' };
const decide = (events: NarrativeReportEvent[], command: Parameters<typeof narrativeReportDecider.decide>[0]) =>
  narrativeReportDecider.decide(command, foldEvents(narrativeReportDecider, events));

describe('narrative report decider', () => {
  const submitted = decide([], { type: 'SubmitNarrativeReport', ...target, goals: [goal], submittedOn: '2025-01-10' });

  it('submits revision 1 per goal, late after the due date', () => {
    expect(submitted).toEqual([
      { type: 'NarrativeReportSubmitted', data: { reportId: 'narrative-report:pristina:2024-H2', jurisdiction: 'pristina', period: '2024-H2', revision: 1, late: false, goals: [goal] } },
    ]);
    const late = decide([], { type: 'SubmitNarrativeReport', ...target, goals: [goal], round: { roundNumber: 13, dueDate: '2025-01-05' }, submittedOn: '2025-01-10' });
    expect(late[0].data).toMatchObject({ late: true, roundNumber: 13 });
  });

  it('refuses a bad period, goal out of 1..7 and a goal reported twice', () => {
    expect(() => decide([], { type: 'SubmitNarrativeReport', jurisdiction: 'pristina', period: '2024-H3', goals: [{ ...goal, goal: 8 }, goal, goal], submittedOn: '2025-01-10' })).toThrow(InvalidInput);
  });

  it('returns, resubmits in the same revision, accepts; a later submission opens the next revision', () => {
    const returned = decide(submitted, { type: 'ReturnNarrativeReportForRevision', ...target, comments: 'add Goal 3' });
    expect(() => decide(submitted, { type: 'SubmitNarrativeReport', ...target, goals: [goal], submittedOn: '2025-01-10' })).toThrow(StateConflict);
    const resubmitted = decide([...submitted, ...returned], { type: 'SubmitNarrativeReport', ...target, goals: [goal], submittedOn: '2025-01-11' });
    expect(resubmitted[0].data.revision).toBe(1);
    const accepted = decide([...submitted, ...returned, ...resubmitted], { type: 'AcceptNarrativeReport', ...target });
    expect(accepted[0]).toMatchObject({ type: 'NarrativeReportAccepted', data: { revision: 1, goals: [goal] } });
    expect(() => decide([...submitted, ...accepted], { type: 'AcceptNarrativeReport', ...target })).toThrow(StateConflict);
    const next = decide([...submitted, ...accepted], { type: 'SubmitNarrativeReport', ...target, goals: [goal], submittedOn: '2025-02-01' });
    expect(next[0].data.revision).toBe(2);
  });
});
