import { ASTNode, DirectiveNode, GraphQLError, Kind, ValidationContext, ValidationRule, visit } from 'graphql';

export interface DirectiveLimits {
  /** Directives on one field, fragment or operation. */
  maxDirectivesPerField: number;
  /** Directives in the whole document. */
  maxDirectives: number;
}

function nameOf(node: ASTNode): string {
  switch (node.kind) {
    case Kind.FIELD:
      return `field "${node.alias?.value ?? node.name.value}"`;
    case Kind.FRAGMENT_SPREAD:
      return `fragment spread "${node.name.value}"`;
    case Kind.FRAGMENT_DEFINITION:
      return `fragment "${node.name.value}"`;
    case Kind.OPERATION_DEFINITION:
      return node.name ? `operation "${node.name.value}"` : 'the operation';
    case Kind.VARIABLE_DEFINITION:
      return `variable "$${node.variable.name.value}"`;
    default:
      return 'an inline fragment';
  }
}

/**
 * Refuses a document that piles up directives (`me @skip(if: false) @skip(if: false) …`)
 * before GraphQL's own rules look at them: those answer every repeated directive with
 * an error of its own, so a few kilobytes would make the server build thousands of
 * errors. The check runs when the document is entered, so its error comes first, and
 * counts the document as written (fragments once), which is what validation walks.
 */
export function directiveLimitsRule(limits: DirectiveLimits): ValidationRule {
  return (context: ValidationContext) => ({
    Document(document) {
      let total = 0;
      const crowded: { node: ASTNode | null; count: number } = { node: null, count: limits.maxDirectivesPerField };
      visit(document, {
        enter(node) {
          const directives = (node as { directives?: readonly DirectiveNode[] }).directives;
          if (node.kind === Kind.DIRECTIVE || !directives?.length) return;
          total += directives.length;
          if (directives.length > crowded.count) Object.assign(crowded, { node, count: directives.length });
        },
      });
      if (crowded.node) {
        context.reportError(
          new GraphQLError(
            `The query repeats directives on ${nameOf(crowded.node)} (${crowded.count}; the limit is ${limits.maxDirectivesPerField} per field). Ask for less at once.`,
            { nodes: [crowded.node] },
          ),
        );
      }
      if (total > limits.maxDirectives) {
        context.reportError(
          new GraphQLError(`The query uses too many directives (${total}; the limit is ${limits.maxDirectives}). Ask for less at once.`),
        );
      }
    },
  });
}
