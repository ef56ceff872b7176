import { lookupSchedule, PAGE_IDS, PAGES } from '../../../src/adapters/shared/lookup-schedule';
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
  it('reads the dashboard question in 6 lookups: the ties with the actors asked, then every actor at once', () => {
    const { steps: schedule } = lookupSchedule([
      byId('actor', { ties: { source: {}, target: {}, evidence: { document: {} } } }),
      eventsPage({
        place: {},
        participants: { actor: { ties: { target: {} } } },
        evidence: { document: {} },
      }),
    ]);
    // The ties of the actor asked and of the participants need only their ids
    // (known from the question and the participations), so the actors asked,
    // the participants and the ties' far ends are read in one lookup.
    expect(schedule).toEqual([
      'participationsByEvent',
      'places',
      'tiesByActor',
      'actors',
      'evidence',
      'documents',
    ]);
  });

  it('lets each lookup of the dashboard question wait only for the lookups that give it keys', () => {
    const { steps, waitsFor } = lookupSchedule([
      byId('actor', { ties: { source: {}, target: {}, evidence: { document: {} } } }),
      eventsPage({
        place: {},
        participants: { actor: { ties: { target: {} } } },
        evidence: { document: {} },
      }),
    ]);
    const waits = Object.fromEntries(
      steps.map((step, index) => [
        step,
        (waitsFor[index] ?? []).map((each) =>
          each === PAGES ? 'page' : each === PAGE_IDS ? 'page ids' : steps[each],
        ),
      ]),
    );
    expect(waits).toEqual({
      // The events' participants need only the page's ids, their places the events.
      participationsByEvent: ['page ids'],
      places: ['page'],
      // The participants' ties need the participants; the asked actor's ties need nothing.
      tiesByActor: ['participationsByEvent'],
      // The participants, and the far ends of every tie.
      actors: ['participationsByEvent', 'tiesByActor'],
      // The ties' evidence and the events' (whose ids come with the page's records).
      evidence: ['page', 'tiesByActor'],
      documents: ['evidence'],
    });
  });

  it('keeps in order every lookup that needs the records of another', () => {
    const reads = [
      byId('actor', { participations: { event: { participants: { actor: { claims: {} } } } } }),
      byId('event', { claims: { document: {} }, statements: { speaker: { ties: {} } } }),
    ];
    const { steps: schedule } = lookupSchedule(reads);
    const inOrder = (path: string[]) => {
      let at = 0;
      for (const step of schedule) if (step === path[at]) at += 1;
      return at === path.length;
    };
    // A relation keyed by its owner's id follows the lookup that gave that id,
    // not the owner's own lookup (an event's participants need the event ids only).
    for (const path of [
      ['actors'],
      ['participationsByActor', 'events'],
      ['participationsByActor', 'participationsByEvent', 'actors'],
      ['participationsByActor', 'participationsByEvent', 'claimsBySubject'],
      ['events'],
      ['claimsBySubject', 'documents'],
      ['statementsByEvent', 'actors'],
      ['statementsByEvent', 'tiesByActor'],
    ]) {
      expect({ path, inOrder: inOrder(path) }).toEqual({ path, inOrder: true });
    }
    // The shortest: participationsByActor, participationsByEvent, statementsByEvent,
    // actors, claimsBySubject, events, documents, tiesByActor (or another order of as many).
    expect(schedule).toHaveLength(8);
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
    const { steps: schedule } = lookupSchedule(reads);
    expect(schedule).toContain('actors');
    expect(schedule).toContain('documents');
    expect(schedule.indexOf('actors')).toBeGreaterThan(schedule.indexOf('tiesByActor'));
    expect(schedule.indexOf('documents')).toBeGreaterThan(schedule.indexOf('evidence'));
    expect(schedule.length).toBeLessThan(20);
  });

  it('has nothing to schedule for pages without plans', () => {
    expect(lookupSchedule([eventsPage({})])).toEqual({ steps: [], waitsFor: [] });
  });
});
