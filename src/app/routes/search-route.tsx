import { useQuery } from '@tanstack/react-query';
import { ErrorView } from '../../components/error-view';
import { PageHeading } from '../../components/page-heading';
import { StoryTeaser } from '../../components/story-teaser';
import { searchIndexQueryOptions } from '../../features/search/api/get-search-index';
import { SearchForm } from '../../features/search/components/search-form';
import { searchStories } from '../../features/search/model/search-stories';
import { useSearchQuery } from '../../features/search/model/use-search-query';
import { id } from '../../i18n/id';
import { viewOf } from '../../lib/query-view';

/** "/cari?q=…": the query stays in the box and the address; results come from an index loaded on first use. */
export function SearchRoute() {
  const query = useSearchQuery();
  return (
    <div className="max-w-3xl">
      <PageHeading className="text-3xl font-black tracking-tight">
        {query ? <Quoted before={id.search.resultsFor} query={query} /> : id.search.heading}
      </PageHeading>
      <SearchForm query={query} className="mt-4 max-w-xl" />
      {query ? <Results query={query} /> : <p className="mt-4 text-neutral-700">{id.search.prompt}</p>}
    </div>
  );
}

function Results({ query }: { query: string }) {
  const indexQuery = useQuery(searchIndexQueryOptions());
  const view = viewOf(indexQuery);
  switch (view.kind) {
    case 'ready':
      return <ResultList results={searchStories(view.data, query)} query={query} />;
    case 'not-found':
    case 'error':
      return (
        <div className="mt-6">
          <ErrorView level="section" heading={id.search.error} error={view.error} onRetry={() => void indexQuery.refetch()} isRetrying={indexQuery.isFetching} />
        </div>
      );
    case 'offline':
      return (
        <p role="status" className="mt-6 text-neutral-700">
          {id.search.offline}
        </p>
      );
    case 'loading':
      return (
        <p role="status" className="mt-6 text-neutral-700">
          {id.search.loading}
        </p>
      );
  }
}

function ResultList({ results, query }: { results: ReturnType<typeof searchStories>; query: string }) {
  return (
    <section aria-live="polite" className="mt-6">
      {results.length === 0 ? (
        <>
          <p className="text-lg font-semibold">
            <Quoted before={id.search.noResults} query={query} />
          </p>
          <p className="mt-1 text-neutral-700">{id.search.noResultsHint}</p>
        </>
      ) : (
        <>
          <p className="text-sm text-neutral-700">{id.search.count(results.length)}</p>
          <ol className="mt-2 divide-y divide-neutral-200">
            {results.map((teaser) => (
              <li key={teaser.slug} className="py-4">
                <StoryTeaser teaser={teaser} headingLevel="h2" variant="row" imageSizes="112px" />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** "Hasil untuk «…»": the reader's words isolated, so a query in another direction keeps the sentence in order. */
function Quoted({ before, query }: { before: string; query: string }) {
  return (
    <>
      {before} «<bdi>{query}</bdi>»
    </>
  );
}
