import { Link } from '../router';

export function NotFoundPage() {
  return (
    <section className="page">
      <h1>Page not found</h1>
      <p>
        This page does not exist. Go back to the <Link href="/">home page</Link>.
      </p>
    </section>
  );
}
