import { useQuery } from '@apollo/client';
import { useMemo, useState } from 'react';
import { ItemList } from '../ItemList';
import { PartnerNetwork } from '../PartnerNetwork';
import { InstitutionPageQuery } from '../queries';
import { Status } from '../Status';

const today = () => new Date().toISOString().slice(0, 10);

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
      <ItemList
        className="partners"
        items={institution.partners}
        item={(partner) => (
          <>
            <a href={`#/institution/${encodeURIComponent(partner.institution.id)}`}>{partner.institution.name}</a> ·{' '}
            {partner.agreementCount} agreement{partner.agreementCount === 1 ? '' : 's'}
          </>
        )}
      />

      <h2>Agreements ({institution.agreements?.totalCount ?? 0})</h2>
      <ItemList
        className="agreements"
        items={institution.agreements?.nodes}
        item={(agreement) => (
          <>
            <a href={`#/agreement/${encodeURIComponent(agreement.id)}`}>{agreement.title}</a> · {agreement.kind}
            {agreement.signedOn ? ` · signed ${agreement.signedOn}` : ''}
          </>
        )}
      />

      <h2>Events ({institution.events?.totalCount ?? 0})</h2>
      <ItemList
        className="events"
        items={institution.events?.nodes}
        item={(event) => (
          <>
            {event.title} · {event.kind}
            {event.startsOn ? ` · ${event.startsOn}` : ''}
          </>
        )}
      />

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
      <ItemList
        className="positions"
        items={institution.positions}
        item={(position) => (
          <>
            {position.person.name} — {position.title}
            {position.since ? ` (since ${position.since})` : ''}
          </>
        )}
      />

      <h2>Talent funnel</h2>
      <p className="programmes">
        Programmes: {summary?.internshipProgramCount ?? 0} internship, {summary?.thesisProgramCount ?? 0} thesis,{' '}
        {summary?.trainingProgramCount ?? 0} training
      </p>
      <table className="talent">
        <tbody>
          <tr>
            <th>Internships</th>
            <td>
              planned {internships?.planned ?? 0}, enrolled {internships?.enrolled ?? 0}, completed{' '}
              {internships?.completed ?? 0}, hired {internships?.hired ?? 0}
            </td>
          </tr>
          <tr>
            <th>Theses</th>
            <td>
              proposed {theses?.proposed ?? 0}, defended {theses?.defended ?? 0}
            </td>
          </tr>
          <tr>
            <th>Trainings</th>
            <td>
              enrolled {trainings?.enrolled ?? 0}, completed {trainings?.completed ?? 0}
            </td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}
