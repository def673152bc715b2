import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router/dom';
import { client, onSessionExpired } from './apollo';
import { router } from './routes';

// An expired session goes back to sign-in, remembering the page (path only: ids, never names).
onSessionExpired(() => {
  const { pathname, search } = router.state.location;
  if (pathname.startsWith('/sign-in')) return;
  void router.navigate(`/sign-in?expired=1&next=${encodeURIComponent(`${pathname}${search}`)}`, {
    replace: true,
  });
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  </StrictMode>,
);
