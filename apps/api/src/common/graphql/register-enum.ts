import { registerEnumType } from '@nestjs/graphql';

/**
 * Registers one of the domain's string unions as a GraphQL enum whose names
 * equal its values (SCHOOL, not School), and returns the object to reference
 * in `@Field(() => …)`.
 */
export function registerDomainEnum<T extends string>(name: string, values: readonly T[]): Record<T, T> {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
  registerEnumType(enumObject, { name });
  return enumObject;
}
