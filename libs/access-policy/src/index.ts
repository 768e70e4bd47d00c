export * from './lib/permission';
export * from './lib/account-permissions';
