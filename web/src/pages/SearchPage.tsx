import { useQuery } from '@apollo/client';
import { useState } from 'react';
import { SearchInstitutionsQuery } from '../queries';
import { Status } from '../Status';

/** Institutions by any of their names, in any language and spelling (the gateway folds them). */
export function SearchPage() {
  const [search, setSearch] = useState('');
  const { data, loading, error } = useQuery(SearchInstitutionsQuery, {
    variables: { search, lang: 'en' },
    skip: search.trim().length < 2,
  });
  return (
    <section>
      <h1>Search institutions</h1>
      <input
        aria-label="Search"
        placeholder="Name in any language, e.g. Bakı, Baku, Aserbaidschan"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <Status loading={loading} error={error} />
      {data && <p>{data.institutions.totalCount} found</p>}
      <ul className="results">
        {data?.institutions.nodes.map((institution) => (
          <li key={institution.id}>
            <a href={`#/institution/${encodeURIComponent(institution.id)}`}>{institution.name}</a>
            {institution.acronym ? ` (${institution.acronym})` : ''} · {institution.kind}
            {institution.city ? ` · ${institution.city}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
