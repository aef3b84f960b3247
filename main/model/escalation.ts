// The escalation plan for one target and internal severity: what the escalation screen walks through
// and what an incident stores as its snapshot. Schemas, because stored snapshots are checked on read.
import { z } from 'zod';
import { ChannelSchema, ContactSchema, EscalationStepSchema, HoursSchema, VendorSeveritySchema } from './bundle.ts';

const id = z
  .string()
  .regex(/^[a-z0-9-]+$/)
  .max(200);
const isoTime = z.iso.datetime({ offset: true });

export const STEP_KINDS = ['status-page', 'case-opened', 'first-response', 'escalation'] as const;
/** `<vendor id>/<step>`: unique inside one plan. */
export const StepIdSchema = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)
  .max(300);

export const PlanStepSchema = z.object({ id: StepIdSchema, kind: z.enum(STEP_KINDS), label: z.string().min(1) }).strict();

export const PlanContactSchema = ContactSchema.extend({
  stale: z.boolean(),
  /** Whole days since `verified` at the time the plan was made; null when never verified. */
  verifiedDaysAgo: z.number().int().nullable(),
}).strict();

export const ContractStateSchema = z
  .object({
    renews: z.string(),
    reference: z.string(),
    state: z.enum(['ok', 'renews-soon', 'lapsed']),
    /** Days until renewal; negative once lapsed. */
    daysLeft: z.number().int(),
  })
  .strict();

export const PlanEscalationSchema = z
  .object({
    stepId: StepIdSchema,
    after: EscalationStepSchema.shape.after,
    /** "when the first-response time passes" or "1h after the case was opened". */
    afterText: z.string(),
    action: z.string(),
    /** The named contact, or null when the step names none or names one the plan does not list. */
    contact: PlanContactSchema.nullable(),
    contactName: z.string().nullable(),
  })
  .strict();

export const PlanVendorSchema = z
  .object({
    id,
    name: z.string(),
    plan: z.string(),
    accounts: z.array(z.string()),
    statusPage: z.string().nullable(),
    hours: HoursSchema,
    /** The vendor severity to open, most urgent match first; null when none matches. */
    severity: VendorSeveritySchema.nullable(),
    otherSeverities: z.array(VendorSeveritySchema),
    /** Only the channels this internal severity may use. */
    channels: z.array(ChannelSchema),
    hiddenChannels: z.number().int().nonnegative(),
    contacts: z.array(PlanContactSchema),
    escalation: z.array(PlanEscalationSchema),
    contract: ContractStateSchema.nullable(),
    steps: z.array(PlanStepSchema),
  })
  .strict();

export const PlanRunbookSchema = z.object({ id, title: z.string() }).strict();

export const EscalationPlanSchema = z
  .object({
    target: z.object({ kind: z.enum(['service', 'vendor']), id, name: z.string() }).strict(),
    severity: z.object({ id, name: z.string() }).strict(),
    bundle: z.object({ id, title: z.string(), version: z.number().int().positive() }).strict(),
    contactsMaxAgeDays: z.number().int().positive(),
    /** When the plan was made (main's clock): staleness and contract warnings are as of then. */
    madeAt: isoTime,
    owner: z.string().nullable(),
    vendors: z.array(PlanVendorSchema),
    /** depends_on ids the bundle does not hold. */
    missingVendors: z.array(id),
    runbooks: z.array(PlanRunbookSchema),
    contacts: z.array(PlanContactSchema),
  })
  .strict();

export interface HoursState {
  open: boolean;
  /** 24x7: always open. */
  always: boolean;
  /** "open now", "opens in 3 h", "closes in 40 min". */
  label: string;
  opensAt: string | null;
  closesAt: string | null;
}

export type PlanStep = z.infer<typeof PlanStepSchema>;
export type PlanContact = z.infer<typeof PlanContactSchema>;
export type ContractState = z.infer<typeof ContractStateSchema>;
export type PlanEscalation = z.infer<typeof PlanEscalationSchema>;
export type PlanVendor = z.infer<typeof PlanVendorSchema>;
export type EscalationPlan = z.infer<typeof EscalationPlanSchema>;

/** The first-response deadline of each vendor if its case were opened at `now`. */
export interface IfOpenedNow {
  vendorId: string;
  due: string | null;
}

/** What getEscalation answers: a plan, a request to pick a severity, or an unknown target. */
export type EscalationLookup =
  | { status: 'plan'; now: string; plan: EscalationPlan; ifOpenedNow: IfOpenedNow[] }
  | {
      status: 'choose-severity';
      target: { kind: 'service' | 'vendor'; id: string; name: string };
      /** The severity asked for when it is not in the bundle's scale. */
      unknownSeverity: string | null;
      severities: { id: string; name: string }[];
    }
  | { status: 'unknown-target'; target: string };

export interface VendorHours {
  now: string;
  vendor: HoursState;
  /** Index-aligned with the vendor's channels. */
  channels: HoursState[];
}
