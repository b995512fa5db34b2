export * from './deviceKeys';
export * from './envelope';
export * from './keys';
export * from './lockPolicy';
export * from './passphrase';
export * from './statusUpdate';
