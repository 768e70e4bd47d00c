export * from './lib/permission';
export * from './lib/account-permissions';
export * from './lib/facts';
export * from './lib/consent';
export * from './lib/read-grant';
export * from './lib/read-access';
export * from './lib/write-decision';
export * from './lib/network-contact';
