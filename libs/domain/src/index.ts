export * from './lib/account/account-kind';
export * from './lib/errors/error-code';
export * from './lib/family/age';
export * from './lib/family/family-role';
export * from './lib/organisation/organisation-type';
export * from './lib/plan/information-category';
export * from './lib/plan/life-domain';
export * from './lib/plan/plan-item-kind';
