import { createBrowserRouter } from 'react-router';
import { Layout } from './Layout';
import { Home } from './Home';
import { SignIn } from './auth/SignIn';
import { RouteError } from './components/States';

/**
 * Each page is its own chunk (route-level code splitting): only sign-in and the layout are in the
 * initial JavaScript. A new role's page is one more entry here and one link in `Layout`'s menu.
 */
export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignIn />, errorElement: <RouteError /> },
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Home /> },
      { path: 'programme', lazy: () => import('./pages/Programme').then(page) },
      { path: 'people/:personId', lazy: () => import('./pages/PersonPage').then(page) },
      { path: 'check-in', lazy: () => import('./pages/CheckInEvents').then(page) },
      { path: 'check-in/:eventId', lazy: () => import('./pages/CheckIn').then(page) },
      { path: 'dashboard', lazy: () => import('./pages/Dashboard').then(page) },
      { path: 'planning', lazy: () => import('./pages/Planning').then(page) },
      { path: 'planning/:eventId', lazy: () => import('./pages/EditEvent').then(page) },
      { path: 'impact', lazy: () => import('./pages/Impact').then(page) },
      { path: 'notifications', lazy: () => import('./pages/Notifications').then(page) },
      { path: 'governance', lazy: () => import('./pages/Governance').then(page) },
      { path: 'governance/meetings/:meetingId', lazy: () => import('./pages/Meeting').then(page) },
      { path: 'proposals', lazy: () => import('./pages/Proposals').then(page) },
      { path: 'finance', lazy: () => import('./pages/Finance').then(page) },
      { path: 'api-keys', lazy: () => import('./pages/ApiKeys').then(page) },
      { path: 'my-school', lazy: () => import('./pages/MySchool').then(page) },
      { path: 'swaps', lazy: () => import('./pages/Swaps').then(page) },
      { path: 'clusters', lazy: () => import('./pages/Clusters').then(page) },
      { path: 'surveys', lazy: () => import('./pages/Surveys').then(page) },
      { path: 'reach', lazy: () => import('./pages/Reach').then(page) },
      { path: 'voices', lazy: () => import('./pages/Voices').then(page) },
      { path: 'impact-summaries', lazy: () => import('./pages/ImpactSummaries').then(page) },
      { path: '*', lazy: () => import('./pages/NotFound').then(page) },
    ],
  },
]);

function page(m: { Page: () => React.ReactNode }) {
  return { Component: m.Page };
}
