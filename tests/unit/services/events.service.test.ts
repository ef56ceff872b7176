import { InvalidArgumentError } from '../../../src/domain/errors';
import { EventsService } from '../../../src/services/events.service';
import { MemoryGraphStore } from '../../support/memory-store';
import { sampleGraph } from '../../support/sample-graph';

describe('EventsService', () => {
  let events: EventsService;
  beforeEach(async () => {
    const store = new MemoryGraphStore();
    await store.writeGraph(sampleGraph());
    events = new EventsService(store);
  });

  it('lists events overlapping a window, month-precision events included', async () => {
    const page = await events.list({ from: '2025-06-22', to: '2025-06-30' }, {});
    expect(page.edges.map((e) => e.node.id)).toEqual(['release']);
  });

  it('filters by participant and type', async () => {
    const page = await events.list({ participantId: 'kellogg', types: ['MEETING'] }, {});
    expect(page.edges.map((e) => e.node.id)).toEqual(['meeting']);
  });

  it.each([
    [{ from: '2025-06' }, 'YYYY-MM-DD'],
    [{ to: '2025-02-30' }, 'YYYY-MM-DD'],
    [{ from: '2025-07-01', to: '2025-06-01' }, 'after'],
  ])('rejects the window %p', async (filter, message) => {
    const attempt = events.list(filter, {});
    await expect(attempt).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(attempt).rejects.toThrow(message);
  });
});
