export * from './keys';
export * from './lockPolicy';
export * from './passphrase';
