import { useId } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths';
import { id } from '../../../i18n/id';

interface SearchFormProps {
  /** The query already searched, kept in the box. */
  query?: string;
  /** Called when the reader first shows an intent to search (focus), to fetch what search needs. */
  onIntent?: () => void;
  className?: string;
}

/** A plain GET form to /cari: it works without scripts; with them it stays in the app. */
export function SearchForm({ query = '', onIntent, className = '' }: SearchFormProps) {
  const navigate = useNavigate();
  const inputId = useId();
  return (
    <form
      role="search"
      action={paths.search.href()}
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        const value = new FormData(event.currentTarget).get('q');
        void navigate(paths.search.href(typeof value === 'string' ? value.trim() : ''));
      }}
      className={`flex ${className}`}
    >
      <label htmlFor={inputId} className="sr-only">
        {id.search.label}
      </label>
      <input
        key={query}
        id={inputId}
        type="search"
        name="q"
        defaultValue={query}
        placeholder={id.search.placeholder}
        onFocus={onIntent}
        enterKeyHint="search"
        autoComplete="off"
        className="min-h-11 w-full min-w-0 rounded-l border border-r-0 border-neutral-400 px-3 text-base"
      />
      <button type="submit" className="min-h-11 shrink-0 rounded-r bg-red-700 px-4 text-sm font-semibold text-white hover:bg-red-800">
        {id.search.submit}
      </button>
    </form>
  );
}
