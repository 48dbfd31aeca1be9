import { ApolloClient, ApolloProvider, HttpLink } from '@apollo/client';
import { createCache } from '@partnership-graph/client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { gatewayUrl } from './gatewayUrl';

const client = new ApolloClient({
  cache: createCache(),
  link: new HttpLink({ uri: gatewayUrl }),
});

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <App />
    </ApolloProvider>
  </StrictMode>,
);
