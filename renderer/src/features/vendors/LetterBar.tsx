// A–Z jump bar: letters without vendors are shown dimmed and are not links (nothing to jump to).
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

export function LetterBar({ present }: { present: Set<string> }) {
  const shown = present.has('#') ? [...letters, '#'] : letters; // names starting with a digit or symbol
  const jump = (letter: string) => {
    const target = document.getElementById(`letter-${letter}`);
    target?.scrollIntoView({ block: 'start' });
    target?.querySelector<HTMLElement>('h3')?.focus();
  };
  return (
    <nav className="letter-bar" aria-label="Jump to letter">
      {shown.map((letter) =>
        present.has(letter) ? (
          <a
            key={letter}
            href={`#letter-${letter}`}
            onClick={(event) => {
              event.preventDefault(); // scroll in place; the URL (and the window) stay put
              jump(letter);
            }}
          >
            {letter}
          </a>
        ) : (
          <span key={letter} aria-hidden="true">
            {letter}
          </span>
        ),
      )}
    </nav>
  );
}
