import { useQuery } from '@apollo/client';
import { AgreementPageQuery } from '../queries';
import { Status } from '../Status';

/** One agreement: parties and signatories, areas, commitments, outcomes, every citation with its source, and the values no source states with their basis. */
export function AgreementPage({ id }: { id: string }) {
  const { data, loading, error } = useQuery(AgreementPageQuery, { variables: { id, lang: 'en' } });
  const agreement = data?.agreement;
  if (!agreement)
    return loading || error ? <Status loading={loading} error={error} /> : <p>No agreement has the id {id}.</p>;
  const outcomes = agreement.outcomes;
  const programmes = [
    ...(outcomes?.internshipPrograms ?? []).map((program) => ({ ...program, pipeline: 'Internship' })),
    ...(outcomes?.thesisPrograms ?? []).map((program) => ({ ...program, pipeline: 'Thesis' })),
    ...(outcomes?.trainingPrograms ?? []).map((program) => ({ ...program, pipeline: 'Training' })),
  ];
  return (
    <article>
      <h1>{agreement.title}</h1>
      <p>
        {agreement.kind} · {agreement.status}
        {agreement.signedOn ? ` · signed ${agreement.signedOn}` : ''}
        {agreement.validUntil ? ` · valid until ${agreement.validUntil}` : ''}
      </p>
      {agreement.description && <p>{agreement.description}</p>}

      <h2>Parties</h2>
      <ul className="parties">
        {agreement.parties.map((party) => (
          <li key={party.id}>
            <a href={`#/institution/${encodeURIComponent(party.institution.id)}`}>{party.institution.name}</a>
            {party.role ? ` · ${party.role}` : ''}
            {party.signatory ? ` · signed by ${party.signatory.name}` : ''}
          </li>
        ))}
      </ul>

      <h2>Areas</h2>
      <ul className="areas">
        {agreement.areas.map((area) => (
          <li key={area}>{area}</li>
        ))}
      </ul>

      <h2>Commitments</h2>
      <ul className="commitments">
        {agreement.commitments.map((commitment) => (
          <li key={commitment.id}>
            {commitment.label}
            {commitment.description ? `: ${commitment.description}` : ''}
          </li>
        ))}
      </ul>

      <h2>Outcomes</h2>
      <ul className="outcomes">
        {programmes.map((program) => (
          <li key={`${program.pipeline}-${program.id}`}>
            {program.pipeline} programme: {program.title} · {program.status}
          </li>
        ))}
      </ul>

      <h2>Sources</h2>
      <ul className="citations">
        {agreement.citations.map((citation, index) => (
          <li key={`${citation.source.id}-${index}`} data-source={citation.source.id}>
            <cite>{citation.source.title}</cite> <span className="language">[{citation.source.language}]</span>
            {citation.source.publishedOn ? ` · ${citation.source.publishedOn}` : ''}
            {citation.quote && <blockquote>{citation.quote}</blockquote>}
          </li>
        ))}
      </ul>

      {agreement.unstated.length > 0 && (
        <>
          <h2>Not stated by a source</h2>
          <ul className="provenance">
            {agreement.unstated.map((claim) => (
              <li key={`${claim.field}-${claim.value ?? ''}`} data-basis={claim.basis}>
                <code>
                  {claim.field}
                  {claim.value ? ` ${claim.value}` : ''}
                </code>{' '}
                · {claim.basis === 'INFERRED' ? 'inferred' : 'editorial'}: {claim.rule ?? claim.reason}
                {claim.addedBy ? ` (${claim.addedBy})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
