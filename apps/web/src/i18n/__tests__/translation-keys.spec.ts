import { LANGUAGES } from '../languages';
import { NAMESPACES, resources } from '../resources';

type Tree = { [key: string]: string | Tree };

/** Every text of a namespace as [dotted key, text], sorted by key. */
function textsOf(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree)
    .flatMap(([key, value]): [string, string][] =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : textsOf(value, `${prefix}${key}.`),
    )
    .sort(([a], [b]) => a.localeCompare(b));
}

describe('the translation files', () => {
  it.each(NAMESPACES)('have exactly the same keys in every language for "%s"', (namespace) => {
    const [reference, ...others] = LANGUAGES.map((language) =>
      textsOf(resources[language][namespace]).map(([key]) => key),
    );
    for (const keys of others) expect(keys).toEqual(reference);
  });

  it.each(LANGUAGES)('leave no text empty in "%s"', (language) => {
    const empty = NAMESPACES.flatMap((namespace) =>
      textsOf(resources[language][namespace])
        .filter(([, text]) => text.trim() === '')
        .map(([key]) => `${namespace}:${key}`),
    );
    expect(empty).toEqual([]);
  });
});
