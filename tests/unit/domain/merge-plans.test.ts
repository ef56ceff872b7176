import { mergePlans } from '../../../src/domain/read-plan';

describe('mergePlans', () => {
  it('reads what either plan reads, merging the relations both follow at every depth', () => {
    const a = { ties: { target: {} }, evidence: { document: {} } };
    const b = { ties: { evidence: {} }, evidence: {}, claims: {} };
    expect(mergePlans(a, b)).toEqual({
      ties: { target: {}, evidence: {} },
      evidence: { document: {} },
      claims: {},
    });
    expect(mergePlans({}, b)).toEqual(b);
    expect(mergePlans(a, {})).toEqual(a);
  });

  it('leaves both plans as they were', () => {
    const a = { ties: { target: {} } };
    const b = { ties: { source: {} } };
    mergePlans(a, b);
    expect(a).toEqual({ ties: { target: {} } });
    expect(b).toEqual({ ties: { source: {} } });
  });
});
