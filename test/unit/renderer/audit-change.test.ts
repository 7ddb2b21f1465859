import { describe, expect, it } from 'vitest';
import { auditChanges, prettyJson } from '../../../renderer/src/components/audit/audit-change';

describe('auditChanges (before → after in one line each)', () => {
  it('names only what changed between two states', () => {
    expect(auditChanges('{"category":"data","markup":2000}', '{"category":"data","markup":2500}')).toEqual([{ field: 'markup', before: '2000', after: '2500' }]);
    expect(auditChanges('{"a":{"b":1},"c":"x"}', '{"a":{"b":2},"c":"x"}')).toEqual([{ field: 'a', before: '{"b":1}', after: '{"b":2}' }]);
  });

  it('shows what was asked when there is no earlier state (withdrawals, refunds, refusals)', () => {
    expect(auditChanges(null, '{"input":{"amount":"50000","memo":"ambil"},"answer":{"entryId":9}}')).toEqual([
      { field: 'amount', before: null, after: '50000' },
      { field: 'memo', before: null, after: 'ambil' },
    ]);
  });

  it('shows a state that appeared or vanished, and cut or unreadable text as it is', () => {
    expect(auditChanges(null, '{"timeZone":"Asia/Makassar"}')).toEqual([{ field: 'timeZone', before: null, after: 'Asia/Makassar' }]);
    expect(auditChanges('{"id":3}', null)).toEqual([]);
    expect(auditChanges(null, '{"input":{"x":1}…')).toEqual([{ field: '', before: null, after: '{"input":{"x":1}…' }]);
  });

  it('keeps long values short and at most a few lines', () => {
    const many = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`f${i}`, 'x'.repeat(100)]));
    const lines = auditChanges(null, JSON.stringify(many));
    expect(lines).toHaveLength(4);
    expect(lines[0]!.after!.length).toBeLessThanOrEqual(60);
  });

  it('pretty-prints JSON for the detail, or gives back text that is not JSON', () => {
    expect(prettyJson('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyJson('{"a":')).toBe('{"a":');
    expect(prettyJson(null)).toBe('');
  });
});

describe('auditChanges for a refused call', () => {
  it('shows what was asked, not a comparison with the state it did not change', () => {
    expect(auditChanges('{"category":"data","markup":2000}', '{"input":{"category":"data","markup":"-5"}}')).toEqual([
      { field: 'category', before: null, after: 'data' },
      { field: 'markup', before: null, after: '-5' },
    ]);
  });
});
