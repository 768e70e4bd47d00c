import {
  ASTVisitor,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  GraphQLField,
  GraphQLObjectType,
  GraphQLOutputType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  /** Every field costs 1, times the assumed length of each list it sits in (LIST_FACTOR). */
  maxCost: number;
}

const LIST_FACTOR = 20;

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

interface Measure {
  depth: number;
  cost: number;
  aliases: number;
}

/**
 * Refuses operations that are too deep, too costly or too aliased before
 * anything is resolved, so one request cannot make the server walk the whole
 * database. The error names the limit and the measured value.
 */
export function queryLimitsRule(limits: QueryLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }

    const measure = (
      selectionSet: SelectionSetNode,
      parent: GraphQLObjectType | null,
      multiplier: number,
      depth: number,
      seen: Set<string>,
    ): Measure => {
      const total: Measure = { depth, cost: 0, aliases: 0 };
      for (const selection of selectionSet.selections) {
        let inner: Measure | null = null;
        if (selection.kind === Kind.FIELD) {
          if (selection.alias) total.aliases += 1;
          const field: GraphQLField<unknown, unknown> | undefined = parent?.getFields()[selection.name.value];
          const cost = multiplier;
          if (selection.selectionSet && field) {
            const named = getNamedType(field.type);
            const next = isObjectType(named) ? named : null;
            inner = measure(selection.selectionSet, next, multiplier * (isList(field.type) ? LIST_FACTOR : 1), depth + 1, seen);
          }
          total.cost += cost;
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const typeName = selection.typeCondition?.name.value;
          const type = typeName ? context.getSchema().getType(typeName) : parent;
          inner = measure(selection.selectionSet, isObjectType(type) ? type : parent, multiplier, depth, seen);
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) continue;
          const type = context.getSchema().getType(fragment.typeCondition.name.value);
          inner = measure(fragment.selectionSet, isObjectType(type) ? type : parent, multiplier, depth, new Set([...seen, name]));
        }
        if (inner) {
          total.depth = Math.max(total.depth, inner.depth);
          total.cost += inner.cost;
          total.aliases += inner.aliases;
        }
      }
      return total;
    };

    return {
      OperationDefinition(operation) {
        const root =
          operation.operation === 'query'
            ? context.getSchema().getQueryType()
            : operation.operation === 'mutation'
              ? context.getSchema().getMutationType()
              : context.getSchema().getSubscriptionType();
        const { depth, cost, aliases } = measure(operation.selectionSet, root ?? null, 1, 1, new Set());
        const refuse = (what: string, value: number, limit: number) =>
          context.reportError(
            // Apollo reports validation errors as GRAPHQL_VALIDATION_FAILED.
            new GraphQLError(`The query is ${what} (${value}; the limit is ${limit}). Ask for less at once.`, {
              nodes: [operation],
            }),
          );
        if (depth > limits.maxDepth) refuse('nested too deeply', depth, limits.maxDepth);
        if (aliases > limits.maxAliases) refuse('using too many aliases', aliases, limits.maxAliases);
        if (cost > limits.maxCost) refuse('too costly', cost, limits.maxCost);
      },
    };
  };
}
