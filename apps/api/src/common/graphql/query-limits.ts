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

    // Each fragment is measured once per parent type and its measure reused: expanding
    // fragments at every spread doubles the work with each nested pair of spreads, so a
    // request of under a kilobyte could hold the event loop for half a minute.
    const fragmentMeasures = new Map<string, Measure>();
    const inProgress = new Set<string>();

    /** Depth is counted below this selection set; cost is for a multiplier of 1 (it scales linearly). */
    const measure = (selectionSet: SelectionSetNode, parent: GraphQLObjectType | null): Measure => {
      const total: Measure = { depth: 0, cost: 0, aliases: 0 };
      for (const selection of selectionSet.selections) {
        let inner: Measure | null = null;
        let innerDepthOffset = 0;
        let innerFactor = 1;
        if (selection.kind === Kind.FIELD) {
          if (selection.alias) total.aliases += 1;
          total.cost += 1;
          const field: GraphQLField<unknown, unknown> | undefined = parent?.getFields()[selection.name.value];
          if (selection.selectionSet && field) {
            const named = getNamedType(field.type);
            inner = measure(selection.selectionSet, isObjectType(named) ? named : null);
            innerDepthOffset = 1;
            innerFactor = isList(field.type) ? LIST_FACTOR : 1;
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const typeName = selection.typeCondition?.name.value;
          const type = typeName ? context.getSchema().getType(typeName) : parent;
          inner = measure(selection.selectionSet, isObjectType(type) ? type : parent);
        } else {
          inner = measureFragment(selection.name.value, parent);
        }
        if (inner) {
          total.depth = Math.max(total.depth, inner.depth + innerDepthOffset);
          total.cost += inner.cost * innerFactor;
          total.aliases += inner.aliases;
        }
      }
      return total;
    };

    const measureFragment = (name: string, parent: GraphQLObjectType | null): Measure | null => {
      const fragment = fragments.get(name);
      // A cycle is refused by GraphQL's own NoFragmentCycles rule; here it only must not loop.
      if (!fragment || inProgress.has(name)) return null;
      const type = context.getSchema().getType(fragment.typeCondition.name.value);
      const on = isObjectType(type) ? type : parent;
      const key = `${name}@${on?.name ?? ''}`;
      const known = fragmentMeasures.get(key);
      if (known) return known;
      inProgress.add(name);
      const measured = measure(fragment.selectionSet, on);
      inProgress.delete(name);
      fragmentMeasures.set(key, measured);
      return measured;
    };

    return {
      OperationDefinition(operation) {
        const root =
          operation.operation === 'query'
            ? context.getSchema().getQueryType()
            : operation.operation === 'mutation'
              ? context.getSchema().getMutationType()
              : context.getSchema().getSubscriptionType();
        const measured = measure(operation.selectionSet, root ?? null);
        const { cost, aliases } = measured;
        const depth = measured.depth + 1;
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
