import { useQuery } from '@apollo/client';
import type { WebInstitutionPageQuery } from '@partnership-graph/client';
import { useMemo, useState } from 'react';
import { ItemList } from '../ItemList';
import { PartnerNetwork } from '../PartnerNetwork';
import { InstitutionPageQuery } from '../queries';
import { Status } from '../Status';

const today = () => new Date().toISOString().slice(0, 10);

type Shown = NonNullable<WebInstitutionPageQuery['institution']>;

const partnerLine = (partner: NonNullable<Shown['partners']>[number]) => (
  <>
    <a href={`#/institution/${encodeURIComponent(partner.institution.id)}`}>{partner.institution.name}</a> ·{' '}
    {partner.agreementCount} agreement{partner.agreementCount === 1 ? '' : 's'}
  </>
);

const agreementLine = (agreement: NonNullable<Shown['agreements']>['nodes'][number]) => (
  <>
    <a href={`#/agreement/${encodeURIComponent(agreement.id)}`}>{agreement.title}</a> · {agreement.kind}
    {agreement.signedOn ? ` · signed ${agreement.signedOn}` : ''}
  </>
);

const eventLine = (event: NonNullable<Shown['events']>['nodes'][number]) => (
  <>
    {event.title} · {event.kind}
    {event.startsOn ? ` · ${event.startsOn}` : ''}
  </>
);

const positionLine = (position: Shown['positions'][number]) => (
  <>
    {position.person.name} — {position.title}
    {position.since ? ` (since ${position.since})` : ''}
  </>
);

/** One stage of the talent funnel: each of `names` with its count, 0 where there is none. */
function FunnelRow<T>({
  stage,
  counts,
  names,
}: {
  stage: string;
  counts: T | null | undefined;
  names: Array<keyof T & string>;
}) {
  return (
    <tr>
      <th>{stage}</th>
      <td>{names.map((name) => `${name} ${(counts?.[name] as number | undefined) ?? 0}`).join(', ')}</td>
    </tr>
  );
}

/** One institution: its agreements and events, partners as a network, units, people in positions on a date, talent funnel. */
export function InstitutionPage({ id }: { id: string }) {
  const [at, setAt] = useState(today);
  const { data, loading, error } = useQuery(InstitutionPageQuery, { variables: { id, lang: 'en', at: at || null } });
  const institution = data?.institution;
  const partners = useMemo(
    () =>
      (institution?.partners ?? []).map((partner) => ({
        id: partner.institution.id,
        name: partner.institution.acronym ?? partner.institution.name,
        agreementCount: partner.agreementCount,
      })),
    [institution?.partners],
  );
  if (!institution)
    return loading || error ? <Status loading={loading} error={error} /> : <p>No institution has the id {id}.</p>;
  const summary = institution.talentSummary;
  const { internships, theses, trainings } = summary ?? {};
  return (
    <article>
      <h1>{institution.name}</h1>
      <p>
        {institution.acronym ? `${institution.acronym} · ` : ''}
        {institution.kind}
        {institution.city ? ` · ${institution.city}` : ''}
        {institution.country ? ` · ${institution.country}` : ''}
        {institution.website ? (
          <>
            {' · '}
            <a href={institution.website}>{institution.website}</a>
          </>
        ) : null}
      </p>

      <h2>Partners</h2>
      {partners.length ? (
        <PartnerNetwork
          center={{ id: institution.id, name: institution.acronym ?? institution.name }}
          partners={partners}
        />
      ) : (
        <p>No partners recorded.</p>
      )}
      <ItemList className="partners" items={institution.partners} item={partnerLine} />

      <h2>Agreements ({institution.agreements?.totalCount ?? 0})</h2>
      <ItemList className="agreements" items={institution.agreements?.nodes} item={agreementLine} />

      <h2>Events ({institution.events?.totalCount ?? 0})</h2>
      <ItemList className="events" items={institution.events?.nodes} item={eventLine} />

      <h2>Units</h2>
      <ItemList
        className="units"
        items={institution.units}
        item={(unit) => <a href={`#/institution/${encodeURIComponent(unit.id)}`}>{unit.name}</a>}
      />

      <h2>People in positions</h2>
      <label>
        on <input type="date" aria-label="Positions on" value={at} onChange={(event) => setAt(event.target.value)} />
      </label>
      <ItemList className="positions" items={institution.positions} item={positionLine} />

      <h2>Talent funnel</h2>
      <p className="programmes">
        Programmes: {summary?.internshipProgramCount ?? 0} internship, {summary?.thesisProgramCount ?? 0} thesis,{' '}
        {summary?.trainingProgramCount ?? 0} training
      </p>
      <table className="talent">
        <tbody>
          <FunnelRow stage="Internships" counts={internships} names={['planned', 'enrolled', 'completed', 'hired']} />
          <FunnelRow stage="Theses" counts={theses} names={['proposed', 'defended']} />
          <FunnelRow stage="Trainings" counts={trainings} names={['enrolled', 'completed']} />
        </tbody>
      </table>
    </article>
  );
}
