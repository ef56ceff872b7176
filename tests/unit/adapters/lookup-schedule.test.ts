import { lookupSchedule } from '../../../src/adapters/shared/lookup-schedule';
import type { ReadPlan } from '../../../src/domain/read-plan';
import type { PlannedRead } from '../../../src/ports/graph-store.port';

const byId = (kind: 'actor' | 'event', plan: ReadPlan): PlannedRead => ({
  root: { by: 'ids', kind, ids: ['x'] },
  plan,
});
const eventsPage = (plan: ReadPlan): PlannedRead => ({
  root: {
    by: 'eventPage',
    query: { types: [], participantId: 'x', from: null, to: null, after: null, limit: 10 },
  },
  plan,
});

describe('the order of lookups for a store without subqueries', () => {
  it('reads the dashboard question in 7 lookups, each needed once: the actor asked with the participants, all ties together', () => {
    const schedule = lookupSchedule([
      byId('actor', { ties: { source: {}, target: {}, evidence: { document: {} } } }),
      eventsPage({
        place: {},
        participants: { actor: { ties: { target: {} } } },
        evidence: { document: {} },
      }),
    ]);
    expect(schedule).toEqual([
      'participationsByEvent',
      'actors',
      'places',
      'tiesByActor',
      'actors',
      'evidence',
      'documents',
    ]);
  });

  it('keeps every path of every plan in order', () => {
    const reads = [
      byId('actor', { participations: { event: { participants: { actor: { claims: {} } } } } }),
      byId('event', { claims: { document: {} }, statements: { speaker: { ties: {} } } }),
    ];
    const schedule = lookupSchedule(reads);
    const inOrder = (path: string[]) => {
      let at = 0;
      for (const step of schedule) if (step === path[at]) at += 1;
      return at === path.length;
    };
    for (const path of [
      ['actors', 'participationsByActor', 'events', 'participationsByEvent', 'actors', 'claimsBySubject'],
      ['events', 'claimsBySubject', 'documents'],
      ['events', 'statementsByEvent', 'actors', 'tiesByActor'],
    ]) {
      expect({ path, inOrder: inOrder(path) }).toEqual({ path, inOrder: true });
    }
    // The shortest: actors, participationsByActor, events, participationsByEvent, statementsByEvent,
    // actors, claimsBySubject, tiesByActor, documents (or the same with the last two swapped).
    expect(schedule).toHaveLength(9);
  });

  it('merges greedily when a plan is too wide to search, still keeping every path', () => {
    const wide: ReadPlan = Object.fromEntries(
      ['ties', 'participations', 'statements', 'aboutLinks', 'claims', 'evidence'].map((relation) => [
        relation,
        {},
      ]),
    );
    const reads = Array.from({ length: 8 }, (_, index) =>
      byId(
        'actor',
        index % 2 === 0 ? { ties: { source: wide, target: { evidence: { document: {} } } } } : wide,
      ),
    );
    const schedule = lookupSchedule(reads);
    expect(schedule[0]).toBe('actors');
    expect(schedule).toContain('documents');
    expect(schedule.indexOf('documents')).toBeGreaterThan(schedule.indexOf('evidence'));
    expect(schedule.length).toBeLessThan(20);
  });

  it('has nothing to schedule for pages without plans', () => {
    expect(lookupSchedule([eventsPage({})])).toEqual([]);
  });
});
