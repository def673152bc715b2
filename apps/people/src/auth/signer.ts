import { loadAuthSettings } from '../config';
import { TokenSigner } from './token-signer';

let signer: Promise<TokenSigner> | null = null;

/** The process's token signer, created on first use from the environment (config.ts). */
export function processSigner(): Promise<TokenSigner> {
  signer ??= TokenSigner.create(loadAuthSettings());
  return signer;
}
