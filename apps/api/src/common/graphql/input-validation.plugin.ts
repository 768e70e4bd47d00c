import { FieldProblem } from '@gezinsplan/domain';
import { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import {
  ArgumentNode,
  ASTNode,
  DocumentNode,
  FragmentDefinitionNode,
  getOperationAST,
  GraphQLArgument,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  OperationDefinitionNode,
  TypeInfo,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { badUserInput } from '../errors/api-error';
import {
  DATE_FIELDS,
  DEFAULT_MAX_TEXT_LENGTH,
  EARLIEST_DATE,
  LONG_TEXT_FIELDS,
  LONG_TEXT_MAX_LENGTH,
  MAX_LIST_LENGTH,
  PAST_TOLERANCE_MS,
  PLANNED_YEARS_AHEAD,
} from './input-rules';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const DELETE = 0x7f;

/** NUL and the other control characters a person cannot type; tab and line breaks are text. */
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 && code !== TAB && code !== LINE_FEED && code !== CARRIAGE_RETURN) || code === DELETE) return true;
  }
  return false;
}

/**
 * Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder the
 * text around them on screen: "gezin" + U+202E + "fdp.exe" shows as "gezinexe.pdf",
 * and a name can show as another. Refused in every text, long ones too: stripping would store
 * something other than what was sent, and nobody types them on purpose.
 */
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
/**
 * The invisible direction marks (LRM, RLM, ALM). They are harmless in a sentence
 * of mixed Hebrew or Arabic and Dutch, so long texts keep them; in a name, an
 * address or a number they can only make two different values look alike.
 */
const DIRECTION_MARK = /[\u200E\u200F\u061C]/;
/** Texts never shown to anyone, where a direction character spoofs nothing: an existing password must keep working. */
const UNSHOWN_TEXT_FIELDS: ReadonlySet<string> = new Set(['password']);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type PathSegment = string | number;

interface Walk {
  problems: FieldProblem[];
  now: number;
}

/** How a problem names its field: as class-validator does, `members.0.givenName`, without the `input.` prefix. */
function fieldName(path: readonly PathSegment[]): string {
  const segments = path[0] === 'input' && path.length > 1 ? path.slice(1) : path;
  return segments.join('.');
}

/** The name the rules know a value by: the nearest input field or argument, not a list index. */
function ruleName(path: readonly PathSegment[]): string {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const segment = path[i];
    if (typeof segment === 'string') return segment;
  }
  return '';
}

function checkDate(value: string, name: string, walk: Walk): string | null {
  const kind = DATE_FIELDS.get(name);
  if (!kind) return null;
  const moment = Date.parse(value);
  // A malformed date is the field's own rule to report, in its own words.
  if (Number.isNaN(moment)) return null;
  if (moment < Date.parse(EARLIEST_DATE)) return `must not be before ${EARLIEST_DATE}`;
  if (kind === 'past' && moment > walk.now + PAST_TOLERANCE_MS) return 'must not be in the future';
  if (kind === 'planned') {
    const latest = new Date(walk.now);
    latest.setUTCFullYear(latest.getUTCFullYear() + PLANNED_YEARS_AHEAD);
    if (moment > latest.getTime()) return `must not be more than ${PLANNED_YEARS_AHEAD} years ahead`;
  }
  return null;
}

function checkText(value: string, name: string, walk: Walk): string | null {
  if (hasControlCharacter(value)) return 'must not contain control characters (such as a NUL byte)';
  if (LONE_SURROGATE.test(value)) return 'must be valid text (it holds a broken character)';
  const long = LONG_TEXT_FIELDS.has(name);
  if (!UNSHOWN_TEXT_FIELDS.has(name)) {
    if (DIRECTION_CONTROL.test(value)) return 'must not contain characters that change the direction of text (U+202A–U+202E, U+2066–U+2069)';
    if (!long && DIRECTION_MARK.test(value)) return 'must not contain invisible direction marks (U+200E, U+200F, U+061C)';
  }
  const limit = long ? LONG_TEXT_MAX_LENGTH : DEFAULT_MAX_TEXT_LENGTH;
  if (value.length > limit) return `has at most ${limit} characters`;
  // Spaces alone are never a text. An empty one is for the field's own rule: leaving an
  // optional text empty says nothing, and a required one says in its own words what to enter.
  if (value.length > 0 && value.trim() === '') return 'must not be only spaces';
  return checkDate(value, name, walk);
}

/**
 * A variable declared nullable (`$weeks: Int`) may stand where a required value
 * with a default is expected (`weeks: Int! = 6`); GraphQL accepts the operation
 * and fails only while running it when the variable is null, with an error
 * without a code (an INTERNAL_SERVER_ERROR to the client). Refused here instead,
 * naming the field. A literal null there is refused by GraphQL's validation.
 */
const NULL_FOR_DEFAULTED = 'must not be null (leave it out to use its default)';

function nullForDefaulted(value: unknown, type: GraphQLInputType, defaultValue: unknown): boolean {
  return value === null && isNonNullType(type) && defaultValue !== undefined;
}

function walkValue(value: unknown, type: GraphQLInputType, path: PathSegment[], walk: Walk): void {
  // A missing or mistyped value is left to GraphQL's own coercion, which reports it.
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return walkValue(value, type.ofType, path, walk);
  if (isListType(type)) {
    if (!Array.isArray(value)) return walkValue(value, type.ofType, path, walk);
    if (value.length > MAX_LIST_LENGTH) {
      walk.problems.push({ field: fieldName(path), message: `has at most ${MAX_LIST_LENGTH} entries` });
      return;
    }
    value.forEach((entry, index) => walkValue(entry, type.ofType, [...path, index], walk));
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value)) return;
    // In the order the client wrote them, so problems come in the order of its form.
    const fields = type.getFields();
    for (const [name, entry] of Object.entries(value)) {
      const field = fields[name];
      if (field && nullForDefaulted(entry, field.type, field.defaultValue)) {
        walk.problems.push({ field: fieldName([...path, name]), message: NULL_FOR_DEFAULTED });
      } else if (field) walkValue(entry, field.type, [...path, name], walk);
    }
    return;
  }
  if (!isScalarType(type)) return;
  let message: string | null = null;
  if (type.name === 'ID') {
    message = UUID.test(String(value)) ? null : 'must be an id';
  } else if (type.name === 'String' && typeof value === 'string') {
    message = checkText(value, ruleName(path), walk);
  }
  if (message) walk.problems.push({ field: fieldName(path), message });
}

/** A field argument the operation passes, with the definition it is checked against. */
interface ArgumentSite {
  node: ArgumentNode;
  argument: GraphQLArgument;
}

/**
 * The operation and the fragments it spreads, at any depth: what runs. Another operation in the
 * same document does not run, and its arguments and variable defaults say nothing about this one.
 */
function reachable(document: DocumentNode, operation: OperationDefinitionNode): ASTNode[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const roots: ASTNode[] = [operation];
  const seen = new Set<string>();
  for (let i = 0; i < roots.length; i += 1) {
    visit(roots[i], {
      [Kind.FRAGMENT_SPREAD]: (spread) => {
        const fragment = fragments.get(spread.name.value);
        if (!fragment || seen.has(spread.name.value)) return;
        seen.add(spread.name.value);
        roots.push(fragment);
      },
    });
  }
  return roots;
}

/**
 * Where an operation passes arguments, found once per parsed document and operation: Apollo keeps
 * parsed documents, so the same query asked again (every plan page) skips the walk
 * over its selections with the schema's type information and only checks the values.
 * Keyed by the operation's node, which belongs to one parsed document.
 */
const argumentSitesBySchema = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, readonly ArgumentSite[]>>();

function argumentSites(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): readonly ArgumentSite[] {
  let bySchema = argumentSitesBySchema.get(schema);
  if (!bySchema) argumentSitesBySchema.set(schema, (bySchema = new WeakMap()));
  const known = bySchema.get(operation);
  if (known) return known;
  const sites: ArgumentSite[] = [];
  for (const root of reachable(document, operation)) {
    const typeInfo = new TypeInfo(schema);
    visit(
      root,
      visitWithTypeInfo(typeInfo, {
        [Kind.FIELD]: (node) => {
          const field = typeInfo.getFieldDef();
          if (!field || !node.arguments?.length) return;
          for (const argumentNode of node.arguments) {
            const argument = field.args.find((candidate) => candidate.name === argumentNode.name.value);
            if (argument) sites.push({ node: argumentNode, argument });
          }
        },
      }),
    );
  }
  bySchema.set(operation, sites);
  return sites;
}

/**
 * Every argument of every field the operation that runs selects, with its values as
 * the client sent them (variables filled in, or that operation's own defaults), checked against the input types.
 */
export function inputProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  now = Date.now(),
  operation: OperationDefinitionNode | null | undefined = getOperationAST(document),
): FieldProblem[] {
  const walk: Walk = { problems: [], now };
  // Without one operation to run, GraphQL refuses the document itself.
  if (!operation) return walk.problems;
  // A variable the client left out takes its own default (`$weeks: Int = null`), as it will when the operation runs.
  const values: Record<string, unknown> = {};
  for (const variable of operation.variableDefinitions ?? []) {
    if (variable.defaultValue) values[variable.variable.name.value] = valueFromASTUntyped(variable.defaultValue);
  }
  Object.assign(values, variables);
  for (const { node, argument } of argumentSites(schema, document, operation)) {
    const value = valueFromASTUntyped(node.value, values);
    if (nullForDefaulted(value, argument.type, argument.defaultValue)) {
      walk.problems.push({ field: fieldName([argument.name]), message: NULL_FOR_DEFAULTED });
    } else walkValue(value, argument.type, [argument.name], walk);
  }
  return walk.problems;
}

/**
 * The one check of input at the edge, before any resolver, guard or pipe runs:
 * texts without NUL bytes, control characters, direction controls (and, outside
 * long texts, direction marks) or broken characters, within
 * their length, not only spaces; ids that are UUIDs; dates that make sense;
 * lists of bounded length (rules in `input-rules.ts`). Every problem is
 * reported at once as BAD_USER_INPUT naming its field.
 */
export function inputValidationPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(context: GraphQLRequestContextDidResolveOperation<object>) {
          const problems = inputProblems(context.schema, context.document, context.request.variables ?? {}, Date.now(), context.operation);
          if (problems.length === 0) return;
          const error = badUserInput(problems.slice(0, 20));
          // Sent like every other BAD_USER_INPUT, which the client reads from a 200 answer.
          Object.assign(error.extensions, { http: { status: 200 } });
          throw error;
        },
      };
    },
  };
}
