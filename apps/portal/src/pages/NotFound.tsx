import { Link } from 'react-router';

export function Page() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no such page. <Link to="/">Go to your start page</Link>.
      </p>
    </>
  );
}
