import { parse } from 'graphql';
import { operationSignature } from '../usage/operationSignature';

const sign = (text: string, name: string | null) => operationSignature(parse(text), name);

describe('operation signatures', () => {
  it('count two spellings of one question as one operation', () => {
    const a = sign(
      `# which agreements?
       query Agreements { agreements(first: 10, filter: { search: "Bakı" }) { nodes { title id } } }`,
      'Agreements',
    );
    const b = sign(
      `query Agreements {
         list: agreements(filter: { search: "Ganja" }, first: 25) {
           nodes { id, heading: title }
         }
       }`,
      'Agreements',
    );
    expect(b.hash).toBe(a.hash);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.signature).toBe('query Agreements{agreements(filter:{},first:0){nodes{id title}}}');
  });

  it('never keep a literal value, yet keep enum values, which are schema, not data', () => {
    const { signature } = sign(
      'query Q { agreementStats(groupBy: KIND) { key } institutions(filter: { search: "jane@example.org" }) { totalCount } }',
      'Q',
    );
    expect(signature).not.toContain('jane');
    expect(signature).toContain('groupBy:KIND');
  });

  it('tell apart operations that select different fields or run a different operation of the document', () => {
    const document = 'query A { agreements { totalCount } } query B { agreements { nodes { id } } }';
    expect(sign(document, 'A').hash).not.toBe(sign(document, 'B').hash);
    expect(sign(document, 'A').signature).toBe('query A{agreements{totalCount}}');
    expect(sign('{ agreements { totalCount } }', null).signature).toBe('{agreements{totalCount}}');
  });

  it('keep only the fragments the operation spreads', () => {
    const { signature } = sign(
      'fragment Used on Agreement { title } fragment Unused on Agreement { id } query Q { agreements { nodes { ...Used } } }',
      'Q',
    );
    expect(signature).toContain('fragment Used on Agreement');
    expect(signature).not.toContain('Unused');
  });
});
