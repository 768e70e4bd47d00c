export * from './lib/account/account-kind';
export * from './lib/errors/error-code';
export * from './lib/organisation/organisation-type';
