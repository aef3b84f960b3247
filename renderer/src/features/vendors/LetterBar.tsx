// A–Z jump bar: letters without vendors are shown dimmed and are not links (nothing to jump to).
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

interface Props {
  present: Set<string>;
  /** Scrolls the list to the first vendor of the letter and focuses its name. */
  onJump: (letter: string) => void;
}

export function LetterBar({ present, onJump }: Props) {
  const shown = present.has('#') ? [...letters, '#'] : letters; // names starting with a digit or symbol
  return (
    <nav className="letter-bar" aria-label="Jump to letter">
      {shown.map((letter) =>
        present.has(letter) ? (
          <a
            key={letter}
            href={`#letter-${letter}`}
            onClick={(event) => {
              event.preventDefault(); // scroll in place; the URL (and the window) stay put
              onJump(letter);
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
