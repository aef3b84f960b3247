// The plan source format (the contract in README "The plan source format"), as zod schemas over the
// YAML data read as text. Field-local formats are checked here (ids, durations, dates, time zones,
// URLs, emails, phone numbers); checks that span fields or files live in checks.ts.
import { z } from 'zod';
import { CHANNEL_TYPES } from '../../model/bundle.ts';
import {
  checkDate,
  checkDay,
  checkDayRange,
  checkDuration,
  checkEmail,
  checkHttpsUrl,
  checkId,
  checkPhone,
  checkTime,
  checkTimezone,
} from './values.ts';
import type { Result } from '../../model/result.ts';

/** Prefix of the message zod carries for unknown keys: the keys that are allowed there. */
export const KNOWN_KEYS_MARKER = '\u0000known:';

function obj<S extends z.ZodRawShape>(shape: S) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (iss) => (iss.code === 'unrecognized_keys' ? `${KNOWN_KEYS_MARKER}${known.join(',')}` : undefined),
  });
}

/** Text that must not be blank. */
const text = z.string().superRefine((v, ctx) => {
  if (v.trim() === '') ctx.addIssue({ code: 'custom', message: 'is empty: fill it in or remove the key', params: { rule: 'empty-value' } });
});

function checked<T>(check: (v: string) => Result<T>, rule: string) {
  return z.string().transform((v, ctx): T => {
    if (v.trim() === '') {
      ctx.addIssue({ code: 'custom', message: 'is empty: fill it in or remove the key', params: { rule: 'empty-value' } });
      return z.NEVER;
    }
    const r = check(v);
    if (r.ok) return r.value;
    ctx.addIssue({ code: 'custom', message: r.error, params: { rule } });
    return z.NEVER;
  });
}

const id = checked(checkId, 'invalid-id');
const date = checked(checkDate, 'invalid-date');
const duration = z.string().transform((v, ctx) => {
  const r = checkDuration(v);
  if (r.ok) return { text: v, minutes: r.value };
  ctx.addIssue({ code: 'custom', message: r.error, params: { rule: 'invalid-duration' } });
  return z.NEVER;
});
const httpsUrl = checked(checkHttpsUrl, 'invalid-url');
const email = checked(checkEmail, 'invalid-email');
const phone = checked(checkPhone, 'invalid-phone');
const timezone = checked(checkTimezone, 'invalid-timezone');
const timeText =
  (allowEndOfDay: boolean) =>
  (v: string): Result<string> => {
    const r = checkTime(v, allowEndOfDay);
    return r.ok ? { ok: true, value: v } : r;
  };
const startTime = checked(timeText(false), 'invalid-time');
const endTime = checked(timeText(true), 'invalid-time');

const boolean = z.string().transform((v, ctx) => {
  if (/^(true|True|TRUE)$/.test(v)) return true;
  if (/^(false|False|FALSE)$/.test(v)) return false;
  ctx.addIssue({ code: 'custom', message: `'${v}' is not true or false: write true or false`, params: { rule: 'invalid-value' } });
  return z.NEVER;
});

const positiveInt = z.string().transform((v, ctx) => {
  if (/^[1-9][0-9]{0,4}$/.test(v)) return Number(v);
  ctx.addIssue({
    code: 'custom',
    message: `'${v}' is not a number of days: write a whole number from 1 up, such as 90`,
    params: { rule: 'invalid-value' },
  });
  return z.NEVER;
});

const list = <T extends z.ZodType>(item: T) => z.array(item);

// ---------------------------------------------------------------- lifeline.yaml

export const ManifestSource = obj({
  id,
  title: text,
  publisher: text,
  contacts_max_age_days: positiveInt.optional(),
  severities: list(obj({ id, name: text })).min(1),
});

// ---------------------------------------------------------------- vendors

const days = z.union([checked(checkDayRange, 'invalid-days'), list(checked(checkDay, 'invalid-days')).min(1)], {
  error: () => 'days must be a range such as mon-fri, or a list such as [mon, tue, wed]',
});

export const BusinessHoursSource = obj({ timezone, days, from: startTime, to: endTime });

export const HoursSource = z.union([z.literal('24x7'), BusinessHoursSource], {
  error: () =>
    'hours must be 24x7, or a mapping with timezone, days, from and to (e.g. timezone: Europe/London, days: mon-fri, from: "09:00", to: "17:30")',
});

export const ContactSource = obj({
  name: text,
  role: text,
  phone: phone.optional(),
  email: email.optional(),
  verified: date.optional(),
});

export const ChannelSource = obj({
  type: z.enum(CHANNEL_TYPES),
  value: text,
  label: text,
  hours: HoursSource.optional(),
  for: list(id).min(1).optional(),
});

export const VendorSeveritySource = obj({
  name: text,
  first_response: duration,
  business_hours: boolean.optional(),
  matches: id,
  description: text,
});

const after = z.string().transform((v, ctx) => {
  if (v === 'first_response') return { kind: 'first_response' as const };
  const r = checkDuration(v);
  if (r.ok) return { kind: 'duration' as const, minutes: r.value, text: v };
  ctx.addIssue({
    code: 'custom',
    message: `${r.error}; or write first_response to escalate once the first-response time has passed`,
    params: { rule: 'invalid-duration' },
  });
  return z.NEVER;
});

export const EscalationSource = obj({ after, action: text, contact: text.optional() });

export const VendorSource = obj({
  id,
  name: text,
  plan: text,
  account: z.union([text, list(text)], { error: () => 'account must be an account id, or a list of them' }).optional(),
  status_page: httpsUrl.optional(),
  hours: HoursSource,
  channels: list(ChannelSource).min(1),
  severities: list(VendorSeveritySource).optional(),
  contacts: list(ContactSource).optional(),
  escalation: list(EscalationSource).optional(),
  contract: obj({ renews: date, reference: text }).optional(),
  scope: obj({ covered: list(text).optional(), not_covered: list(text).optional() }).optional(),
  notes: z.string().optional(),
});

// ---------------------------------------------------------------- services and runbooks

export const ServiceSource = obj({
  id,
  name: text,
  owner: text,
  description: text,
  depends_on: list(id).optional(),
  contacts: list(ContactSource).optional(),
  runbooks: list(id).optional(),
});

export const RunbookFrontMatterSource = obj({
  title: text,
  services: list(id).optional(),
  vendors: list(id).optional(),
  tags: list(text).optional(),
});

export type ManifestSourceT = z.output<typeof ManifestSource>;
export type VendorSourceT = z.output<typeof VendorSource>;
export type ServiceSourceT = z.output<typeof ServiceSource>;
export type RunbookFrontMatterT = z.output<typeof RunbookFrontMatterSource>;
export type HoursSourceT = z.output<typeof HoursSource>;
export type ContactSourceT = z.output<typeof ContactSource>;

/** What a missing key should hold, for "missing key" messages. */
export const KEY_HINTS: Record<string, string> = {
  id: 'the id, the same as the file name',
  title: 'a title',
  publisher: 'who publishes these plans (a team name)',
  severities: 'the list of severities',
  name: 'the name people know it by',
  plan: 'the support tier you hold, e.g. Enterprise',
  hours: 'support hours: 24x7, or timezone, days, from and to',
  channels: 'at least one way to reach them (phone, portal, email, chat or slack)',
  first_response: 'the first-response time, e.g. 1h',
  matches: 'the internal severity id it corresponds to, e.g. sev1',
  description: 'a description',
  role: "the person's role, e.g. Technical account manager",
  type: 'the channel type: phone, portal, email, chat or slack',
  value: 'the number, address or URL',
  label: 'a short label, e.g. 24x7 support line',
  after: 'when to escalate: first_response, or a duration such as 2h',
  action: 'what to do at this step',
  renews: 'the renewal date, YYYY-MM-DD',
  reference: 'the contract reference',
  owner: 'the owning team',
  timezone: 'an IANA time zone, e.g. Europe/London',
  days: 'the days, e.g. mon-fri',
  from: 'the opening time, e.g. "09:00"',
  to: 'the closing time, e.g. "17:30"',
};
