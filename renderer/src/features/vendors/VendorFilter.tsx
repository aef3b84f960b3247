// Quick filter over vendor name, id, plan and account ids; Ctrl/Cmd+K focuses it (by its id).
interface Props {
  value: string;
  onChange: (value: string) => void;
  count: number;
  total: number;
}

export const VENDOR_FILTER_ID = 'vendor-filter';

const shortcut = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘K' : 'Ctrl+K';

export function VendorFilter({ value, onChange, count, total }: Props) {
  return (
    <div className="filter" role="search">
      <label htmlFor={VENDOR_FILTER_ID}>Filter vendors</label>
      <input
        id={VENDOR_FILTER_ID}
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
