// Ed25519 signing keys for the four top-level TUF roles, in the TUF key format @tufjs/models verifies.
import { createHash, createPrivateKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { Key, Signature } from '@tufjs/models';
import type { Role } from '../shared/roles.ts';

export interface SigningKey {
  keyId: string;
  /** Raw 32-byte Ed25519 public key, hex (the TUF "keyval.public" form). */
  publicHex: string;
  privateKey: KeyObject;
}

/** Keys per role; a role may hold several keys (threshold signing). */
export type KeySet = Record<Role, SigningKey[]>;

function keyJson(publicHex: string) {
  return { keytype: 'ed25519', scheme: 'ed25519', keyval: { public: publicHex } };
}

/** TUF key id: sha256 of the canonical JSON of the public key (keys sorted, no whitespace). */
export function keyIdFor(publicHex: string): string {
  const canonical = `{"keytype":"ed25519","keyval":{"public":"${publicHex}"},"scheme":"ed25519"}`;
  return createHash('sha256').update(canonical).digest('hex');
}

export function signingKeyFromPrivate(privateKey: KeyObject): SigningKey {
  const jwk = privateKey.export({ format: 'jwk' });
  if (jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new Error('not an Ed25519 private key');
  const publicHex = Buffer.from(jwk.x, 'base64url').toString('hex');
  return { keyId: keyIdFor(publicHex), publicHex, privateKey };
}

export function generateSigningKey(): SigningKey {
  return signingKeyFromPrivate(generateKeyPairSync('ed25519').privateKey);
}

export function signingKeyFromPem(pem: string): SigningKey {
  return signingKeyFromPrivate(createPrivateKey(pem));
}

export function privatePem(key: SigningKey): string {
  return key.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
}

export function tufKey(key: SigningKey): Key {
  return Key.fromJSON(key.keyId, keyJson(key.publicHex));
}

/** The signer callback Metadata.sign() expects. */
export function signerFor(key: SigningKey): (data: Buffer) => Signature {
  return (data) => new Signature({ keyID: key.keyId, sig: sign(null, data, key.privateKey).toString('hex') });
}
