export * from './case-exchange';
export * from './client';
export * from './item';
export { SIGNATURE_REFUSALS } from './codes';
export { signRequest, signature, stringToSign, SIGN_TYPE } from './signature';
