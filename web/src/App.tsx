import { useEffect, useState } from 'react';
import { AgreementPage } from './pages/AgreementPage';
import { InstitutionPage } from './pages/InstitutionPage';
import { SearchPage } from './pages/SearchPage';
import { StatisticsPage } from './pages/StatisticsPage';

/** The route is the hash: `#/`, `#/institution/<id>`, `#/agreement/<id>`, `#/stats`. */
function useHashRoute(): string[] {
  const read = () => window.location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function App() {
  const [page, id] = useHashRoute();
  return (
    <>
      <nav>
        <a href="#/">Search</a> · <a href="#/stats">Statistics</a>
      </nav>
      <main>
        {page === 'institution' && id ? (
          <InstitutionPage id={id} />
        ) : page === 'agreement' && id ? (
          <AgreementPage id={id} />
        ) : page === 'stats' ? (
          <StatisticsPage />
        ) : (
          <SearchPage />
        )}
      </main>
    </>
  );
}
