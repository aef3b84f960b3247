// The compiled bundle: the one JSON target the app reads. Plans (YAML, Markdown) compile into this.
// Every consumer (sync, search, escalation, renderer) depends on this shape; extend it, never rename.
import { z } from 'zod';

export const BUNDLE_FORMAT = 1;
export const BUNDLE_TARGET_NAME = 'bundle.json';

const id = z.string().regex(/^[a-z0-9-]+$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export const HoursSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('24x7') }).strict(),
  z
    .object({
      kind: z.literal('business'),
      timezone: z.string().min(1),
      days: z.array(z.enum(WEEKDAYS)).min(1),
      from: z.string().regex(/^\d{2}:\d{2}$/),
      to: z.string().regex(/^\d{2}:\d{2}$/),
    })
    .strict(),
]);

export const PhoneSchema = z
  .object({
    display: z.string(),
    e164: z.string().regex(/^\+\d{4,15}$/),
    /** Digits to dial once connected (tel:<e164>;ext=<extension>, RFC 3966). */
    extension: z
      .string()
      .regex(/^\d{1,20}$/)
      .optional(),
  })
  .strict();

export const ContactSchema = z
  .object({
    name: z.string().min(1),
    role: z.string(),
    phone: PhoneSchema.optional(),
    email: z.string().optional(),
    verified: isoDate.nullable(),
  })
  .strict();

export const CHANNEL_TYPES = ['phone', 'portal', 'email', 'chat', 'slack'] as const;

export const ChannelSchema = z
  .object({
    type: z.enum(CHANNEL_TYPES),
    value: z.string().min(1),
    label: z.string(),
    /** E.164 form of a phone channel, for tel: links; `value` keeps the written form for display. */
    dial: z.string().optional(),
    /** Extension of a phone channel, dialled as tel:<dial>;ext=<extension> (RFC 3966). */
    extension: z
      .string()
      .regex(/^\d{1,20}$/)
      .optional(),
    hours: HoursSchema,
    /** Internal severity ids this channel may be used for; null means all. */
    for: z.array(id).nullable(),
  })
  .strict();

export const VendorSeveritySchema = z
  .object({
    name: z.string().min(1),
    firstResponse: z.string(),
    firstResponseMinutes: z.number().int().positive(),
    businessHours: z.boolean(),
    matches: id,
    description: z.string(),
  })
  .strict();

export const EscalationStepSchema = z
  .object({
    after: z.union([
      z.object({ kind: z.literal('first_response') }).strict(),
      z.object({ kind: z.literal('duration'), minutes: z.number().int().nonnegative(), text: z.string() }).strict(),
    ]),
    action: z.string().min(1),
    contact: z.string().optional(),
  })
  .strict();

export const VendorSchema = z
  .object({
    id,
    name: z.string().min(1),
    plan: z.string(),
    accounts: z.array(z.string()),
    statusPage: z.string().optional(),
    hours: HoursSchema,
    channels: z.array(ChannelSchema),
    severities: z.array(VendorSeveritySchema),
    contacts: z.array(ContactSchema),
    escalation: z.array(EscalationStepSchema),
    contract: z.object({ renews: isoDate, reference: z.string() }).strict().optional(),
    scope: z
      .object({ covered: z.array(z.string()), notCovered: z.array(z.string()) })
      .strict()
      .optional(),
    notes: z.string().optional(),
  })
  .strict();

export const ServiceSchema = z
  .object({
    id,
    name: z.string().min(1),
    owner: z.string(),
    description: z.string(),
    dependsOn: z.array(id),
    contacts: z.array(ContactSchema),
    runbooks: z.array(id),
  })
  .strict();

export const RunbookSchema = z
  .object({
    id,
    title: z.string().min(1),
    services: z.array(id),
    vendors: z.array(id),
    tags: z.array(z.string()),
    body: z.string(),
  })
  .strict();

export const SeveritySchema = z.object({ id, name: z.string().min(1) }).strict();

export const BundleSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    id,
    title: z.string().min(1),
    publisher: z.string(),
    /** Equals the TUF targets metadata version that signed this bundle. */
    version: z.number().int().positive(),
    publishedAt: z.string(),
    contactsMaxAgeDays: z.number().int().positive(),
    /** Most severe first. */
    severities: z.array(SeveritySchema).min(1),
    vendors: z.array(VendorSchema),
    services: z.array(ServiceSchema),
    runbooks: z.array(RunbookSchema),
  })
  .strict();

export type Hours = z.infer<typeof HoursSchema>;
export type Phone = z.infer<typeof PhoneSchema>;
export type Contact = z.infer<typeof ContactSchema>;
export type Channel = z.infer<typeof ChannelSchema>;
export type VendorSeverity = z.infer<typeof VendorSeveritySchema>;
export type EscalationStep = z.infer<typeof EscalationStepSchema>;
export type Vendor = z.infer<typeof VendorSchema>;
export type Service = z.infer<typeof ServiceSchema>;
export type Runbook = z.infer<typeof RunbookSchema>;
export type Severity = z.infer<typeof SeveritySchema>;
export type Bundle = z.infer<typeof BundleSchema>;
