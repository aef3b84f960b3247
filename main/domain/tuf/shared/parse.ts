// Reading metadata files back, turning JSON and model errors into one clear line naming the file.
import { Metadata, MetadataKind, type Root, type Snapshot, type Targets, type Timestamp } from '@tufjs/models';
import { messageOf } from '../../../model/thrown.ts';

function parseJson(bytes: Uint8Array, file: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new Error(`${file} is not valid JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${file} is not a JSON object`);
  return value as Record<string, unknown>;
}

/** The signed part each kind of metadata file holds. */
interface SignedOf {
  [MetadataKind.Root]: Root;
  [MetadataKind.Targets]: Targets;
  [MetadataKind.Snapshot]: Snapshot;
  [MetadataKind.Timestamp]: Timestamp;
}

function parseKind<K extends keyof SignedOf>(kind: K, bytes: Uint8Array, file: string): Metadata<SignedOf[K]> {
  const json = parseJson(bytes, file);
  try {
    const md = Metadata.fromJSON(kind as MetadataKind.Root, json as never);
    if (md.signed.type !== kind) throw new Error(`expected ${kind} metadata, found ${md.signed.type}`);
    return md as Metadata<SignedOf[K]>;
  } catch (error) {
    throw new Error(`${file} is not valid ${kind} metadata: ${messageOf(error)}`, { cause: error });
  }
}

export const parseRootBytes = (b: Uint8Array, file: string) => parseKind(MetadataKind.Root, b, file);
export const parseTargetsBytes = (b: Uint8Array, file: string) => parseKind(MetadataKind.Targets, b, file);
export const parseSnapshotBytes = (b: Uint8Array, file: string) => parseKind(MetadataKind.Snapshot, b, file);
export const parseTimestampBytes = (b: Uint8Array, file: string) => parseKind(MetadataKind.Timestamp, b, file);
