import { StoreBusyError } from '../../../src/domain/errors';
import { KuzuGate } from '../../../src/adapters/kuzu/kuzu-gate';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** A promise with its resolver, to hold a unit of work open. */
function held(): { promise: Promise<void>; release: () => void } {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

describe('KuzuGate', () => {
  it('runs reads beside a write transaction, but no full-text search', async () => {
    const gate = new KuzuGate(1000, 1000);
    const write = held();
    const writing = gate.withoutSearches(() => write.promise);
    await tick();
    expect(await gate.read(async () => 'read')).toBe('read');
    let searched = false;
    const search = gate.search(async () => (searched = true));
    await tick();
    expect(searched).toBe(false);
    write.release();
    await writing;
    await search;
    expect(searched).toBe(true);
  });

  it('lets a write transaction wait for running searches, and refuses it when they do not finish in time', async () => {
    const gate = new KuzuGate(1000, 30);
    const search = held();
    const searching = gate.search(() => search.promise);
    await tick();
    let wrote = false;
    await expect(gate.withoutSearches(async () => (wrote = true))).rejects.toBeInstanceOf(StoreBusyError);
    expect(wrote).toBe(false);
    search.release();
    await searching;
    await gate.withoutSearches(async () => (wrote = true));
    expect(wrote).toBe(true);
  });

  it('answers STORE_BUSY to a search that waited its time for a write', async () => {
    const gate = new KuzuGate(20, 1000);
    const write = held();
    const writing = gate.withoutSearches(() => write.promise);
    await tick();
    await expect(gate.search(async () => 'hit')).rejects.toBeInstanceOf(StoreBusyError);
    write.release();
    await writing;
  });

  it('runs a checkpoint alone: new reads wait for it, running reads finish first', async () => {
    const gate = new KuzuGate(1000, 1000);
    const order: string[] = [];
    const read = held();
    const reading = gate.read(async () => {
      await read.promise;
      order.push('running read done');
    });
    await tick();
    const alone = gate.alone(async () => {
      order.push('checkpoint');
    });
    await tick();
    const later = gate.read(async () => {
      order.push('later read');
    });
    read.release();
    expect(await alone).toBe(true);
    await Promise.all([reading, later]);
    expect(order).toEqual(['running read done', 'checkpoint', 'later read']);
  });

  it('skips the checkpoint when running reads do not drain in time', async () => {
    const gate = new KuzuGate(1000, 20);
    const read = held();
    const reading = gate.read(() => read.promise);
    await tick();
    let ran = false;
    expect(await gate.alone(async () => void (ran = true))).toBe(false);
    expect(ran).toBe(false);
    read.release();
    await reading;
  });

  it('runs writes one at a time, in order, even when one fails', async () => {
    const gate = new KuzuGate(1000, 1000);
    const order: number[] = [];
    const first = gate.write(async () => {
      await tick();
      order.push(1);
      throw new Error('first fails');
    });
    const second = gate.write(async () => void order.push(2));
    await expect(first).rejects.toThrow('first fails');
    await second;
    expect(order).toEqual([1, 2]);
  });

  it('marks reads against writes: no mark while one runs, a mark that breaks when one begins', async () => {
    const gate = new KuzuGate(1000, 1000);
    const mark = gate.writeMark();
    expect(mark).not.toBeNull();
    expect(gate.unchangedSince(mark!)).toBe(true);

    const write = held();
    const writing = gate.write(() => write.promise);
    await tick();
    expect(gate.writeMark()).toBeNull();
    expect(gate.unchangedSince(mark!)).toBe(false);
    write.release();
    await writing;
    // Done, but it began after the mark: what was read before it may be older than what after.
    expect(gate.unchangedSince(mark!)).toBe(false);

    const failing = gate.write(async () => {
      throw new Error('fails');
    });
    await expect(failing).rejects.toThrow('fails');
    const after = gate.writeMark();
    expect(after).not.toBeNull();
    expect(after).not.toBe(mark);
    expect(gate.unchangedSince(after!)).toBe(true);
  });

  /**
   * Starts two units of work through the gate in the same tick (the first has
   * checked its barrier but not yet counted itself when the second starts) and
   * reports each one that began while the other ran.
   */
  async function overlapsOf(
    first: (work: () => Promise<void>) => Promise<unknown>,
    second: (work: () => Promise<void>) => Promise<unknown>,
  ): Promise<string[]> {
    const running = { first: false, second: false };
    const overlaps: string[] = [];
    const unit = (name: 'first' | 'second', other: 'first' | 'second') => async () => {
      running[name] = true;
      if (running[other]) overlaps.push(`${name} began while ${other} ran`);
      await tick();
      running[name] = false;
    };
    await Promise.all([first(unit('first', 'second')), second(unit('second', 'first'))]);
    return overlaps;
  }

  it('never lets a read that has passed its wait start beside a checkpoint that began in the same tick', async () => {
    const gate = new KuzuGate(1000, 1000);
    expect(
      await overlapsOf(
        (work) => gate.read(work),
        (work) => gate.alone(work),
      ),
    ).toEqual([]);
  });

  it('never lets a search that has passed its wait start beside a write transaction that began in the same tick', async () => {
    const gate = new KuzuGate(1000, 1000);
    expect(
      await overlapsOf(
        (work) => gate.search(work),
        (work) => gate.withoutSearches(work),
      ),
    ).toEqual([]);
  });
});
