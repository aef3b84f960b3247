// Plans Markdown (vendor notes, runbooks) rendered inert: GitHub-flavoured (tables), no raw HTML, links
// through the allowlist of domain/markdown-urls.ts, images never fetched (alt text and address as text).
import type { ReactNode } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { headingSlug, safeHref } from '../domain/markdown-urls.ts';
import { ExternalLink } from './ExternalLink.tsx';

const ANCHOR_PREFIX = 'md-';

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (node && typeof node === 'object' && 'props' in node) return textOf((node.props as { children?: ReactNode }).children);
  return '';
}

function heading(Tag: 'h2' | 'h3' | 'h4' | 'h5' | 'h6') {
  return function Heading({ children }: { children?: ReactNode }) {
    return <Tag id={`${ANCHOR_PREFIX}${headingSlug(textOf(children))}`}>{children}</Tag>;
  };
}

function Link({ href, children }: { href?: string | undefined; children?: ReactNode }) {
  if (!href) return <span className="md-dropped-link">{children}</span>; // dropped by the allowlist: inert text
  if (href.startsWith('#/')) return <a href={href}>{children}</a>; // an in-app screen
  if (href.startsWith('#')) {
    const target = `${ANCHOR_PREFIX}${href.slice(1)}`;
    return (
      <a
        href={href}
        onClick={(event) => {
          event.preventDefault(); // the hash is the router: scroll instead of changing it
          document.getElementById(target)?.scrollIntoView({ block: 'start' });
        }}
      >
        {children}
      </a>
    );
  }
  return <ExternalLink href={href}>{children}</ExternalLink>;
}

function Image({ src, alt }: { src?: string | Blob | undefined; alt?: string | undefined }) {
  const address = typeof src === 'string' ? src : '';
  return (
    <span className="md-image">
      [image{alt ? `: ${alt}` : ''}]{address ? <span className="md-image-address"> {address}</span> : null}
    </span>
  );
}

function Table({ children }: { children?: ReactNode }) {
  return (
    <div className="md-table">
      <table>{children}</table>
    </div>
  );
}

// A document's own h1 would compete with the page title: every level moves one down.
const components: Components = {
  h1: heading('h2'),
  h2: heading('h3'),
  h3: heading('h4'),
  h4: heading('h5'),
  h5: heading('h6'),
  h6: heading('h6'),
  a: Link,
  img: Image,
  table: Table,
};

const urlTransform = (url: string, key: string) => (key === 'src' ? url : (safeHref(url) ?? undefined));

export function Markdown({ text, className, testId }: { text: string; className?: string; testId?: string }) {
  return (
    <div className={className ? `markdown ${className}` : 'markdown'} data-testid={testId}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml urlTransform={urlTransform} components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
