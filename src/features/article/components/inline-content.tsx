import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { id } from '../../../i18n/id';
import { assertNever } from '../../../lib/assert-never';
import { safeHref } from '../../../lib/urls';
import type { BodyInline } from '../model/body-passes';

/** Text runs, links and the editor's initials inside a paragraph: always text, never HTML. */
export function InlineContent({ content }: { content: readonly BodyInline[] }) {
  return content.map((inline, index) => <InlineNode key={index} inline={inline} />);
}

function InlineNode({ inline }: { inline: BodyInline }) {
  switch (inline.type) {
    case 'text': {
      let node: ReactNode = inline.text;
      if (inline.italic) node = <em>{node}</em>;
      if (inline.bold) node = <strong>{node}</strong>;
      // A run in another language is isolated: Arabic inside Indonesian keeps its own direction, and
      // the digits and quotes around it stay where the sentence puts them.
      if (inline.lang) node = <bdi lang={inline.lang}>{node}</bdi>;
      return node;
    }
    case 'link': {
      const href = safeHref(inline.href);
      if (!href) return inline.text;
      if (href.kind === 'internal') {
        return (
          <Link to={href.path} className="text-red-700 underline underline-offset-2">
            {inline.text}
          </Link>
        );
      }
      return (
        <a href={href.href} target="_blank" rel="noopener noreferrer" className="text-red-700 underline underline-offset-2">
          {inline.text}
        </a>
      );
    }
    case 'dateline':
      // "MerahPutih.com - ", "JAKARTA - ": the place in bold, as newsrooms set it.
      return <strong>{inline.text} - </strong>;
    case 'editor-initials':
      return (
        <>
          {' '}
          <span title={id.article.editorInitials} className="text-neutral-600">
            ({inline.initials})
          </span>
        </>
      );
    default:
      return assertNever(inline);
  }
}
