// The settings that configure sync: where to get plans, which root to trust, how often to look.
import { z } from 'zod';

export const MIN_INTERVAL_MINUTES = 5;
export const MAX_INTERVAL_MINUTES = 7 * 24 * 60;
export const DEFAULT_INTERVAL_MINUTES = 60;
/** Total time one source may take in one sync before the next one is tried. */
export const DEFAULT_SOURCE_BUDGET_SECONDS = 120;
export const MAX_SOURCE_BUDGET_SECONDS = 3600;

export const SourceSettingSchema = z.union([
  z.string().min(1),
  z.object({ url: z.string().min(1), insecure: z.boolean().optional() }).strict(),
]);
export type SourceSetting = z.infer<typeof SourceSettingSchema>;

/** One settings layer (command line, environment, policy file or user settings); all keys optional. */
export const SettingsLayerSchema = z
  .object({
    sources: z.array(SourceSettingSchema).max(20).optional(),
    /** Path of the pinned root.json. */
    root: z.string().min(1).optional(),
    intervalMinutes: z.number().int().min(MIN_INTERVAL_MINUTES).max(MAX_INTERVAL_MINUTES).optional(),
    sourceBudgetSeconds: z.number().int().min(1).max(MAX_SOURCE_BUDGET_SECONDS).optional(),
  })
  .strict();
export type SettingsLayer = z.infer<typeof SettingsLayerSchema>;

export const SETTING_KEYS = ['sources', 'root', 'intervalMinutes', 'sourceBudgetSeconds'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];
