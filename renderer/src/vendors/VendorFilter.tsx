// Quick filter over vendor name, id, plan and account ids; Ctrl/Cmd+K focuses it.
import type { RefObject } from 'react';

interface Props {
  value: string;
  onChange: (value: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
  count: number;
  total: number;
}

const shortcut = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘K' : 'Ctrl+K';

export function VendorFilter({ value, onChange, inputRef, count, total }: Props) {
  return (
    <div className="filter" role="search">
      <label htmlFor="vendor-filter">Filter vendors</label>
      <input
        id="vendor-filter"
        ref={inputRef}
        type="search"
        value={value}
        placeholder={`Name, plan or account id (${shortcut})`}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onChange('');
        }}
      />
      <span className="muted" aria-live="polite">
        {count === total ? `${total} vendors` : `${count} of ${total}`}
      </span>
    </div>
  );
}
