import type { ArgTypes } from '@storybook/web-components-vite';

/**
 * The Docs pages' table of a widget (attributes, properties, events, slots, CSS custom properties,
 * parts and custom states) from custom-elements.json.
 *
 * Storybook's own reading of the manifest (`extractArgTypes` of @storybook/web-components) lists
 * an attribute and its property as two rows when their names differ (`heading-level` and
 * `headingLevel`), offers an object editor ("Set object") for events, parts and CSS properties,
 * and a text or object editor for every member whether a story uses it or not. Here each
 * attribute is one row, under the property name the stories use as their arg, and no row has
 * a control of its own: a story's `argTypes` add controls for the args its template binds.
 */

interface ManifestItem {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: { text: string };
}

interface ManifestAttribute extends ManifestItem {
  fieldName?: string;
}

interface ManifestMember extends ManifestItem {
  kind: 'field' | 'method';
  static?: boolean;
  attribute?: string;
}

interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssProperties?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssStates?: ManifestItem[];
}

interface Manifest {
  modules?: { declarations?: ManifestDeclaration[] }[];
}

type ArgType = ArgTypes[string];

/** Storybook's type of a member from its TypeScript type, for the table's summary. */
function storybookType(text: string | undefined): ArgType['type'] {
  const parts = (text ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');
  if (parts.length === 1 && ['string', 'number', 'boolean'].includes(parts[0]!)) return { name: parts[0] as 'string' | 'number' | 'boolean' };
  if (parts.length > 0 && parts.every((part) => /^(['"]).*\1$/.test(part))) return { name: 'enum', value: parts.map((part) => part.slice(1, -1)) };
  return { name: 'other', value: text ?? '' };
}

function row(name: string, category: string, item: ManifestItem, description = item.description ?? item.summary ?? ''): ArgType {
  return {
    name,
    description,
    // Parts and custom properties have no type: without one, the table shows none ("other").
    ...(item.type ? { type: storybookType(item.type.text) } : {}),
    control: false,
    table: {
      category,
      type: item.type ? { summary: item.type.text } : undefined,
      defaultValue: item.default !== undefined ? { summary: item.default } : undefined,
    },
  };
}

function declarationOf(manifest: unknown, tagName: unknown): ManifestDeclaration | undefined {
  if (typeof tagName !== 'string') return undefined;
  return ((manifest as Manifest | undefined)?.modules ?? []).flatMap((module) => module.declarations ?? []).find((candidate) => candidate.tagName === tagName);
}

/** The table rows of the element `tagName`; empty when the manifest does not describe it. */
export function argTypesFromManifest(manifest: unknown, tagName: unknown): ArgTypes {
  const declaration = declarationOf(manifest, tagName);
  if (!declaration) return {};
  const argTypes: ArgTypes = {};
  const attributeFields = new Set<string>();
  for (const attribute of declaration.attributes ?? []) {
    const field = attribute.fieldName;
    if (field) attributeFields.add(field);
    const property = field && field !== attribute.name ? `\n\nProperty: \`${field}\`` : '';
    argTypes[field ?? attribute.name] = row(attribute.name, 'attributes', attribute, `${attribute.description ?? ''}${property}`);
  }
  for (const member of declaration.members ?? []) {
    // Methods and static members are no args; a property with an attribute has its row already.
    if (member.kind !== 'field' || member.static || attributeFields.has(member.name)) continue;
    argTypes[member.name] = row(member.name, 'properties', member);
  }
  for (const event of declaration.events ?? []) argTypes[`event:${event.name}`] = row(event.name, 'events', event);
  for (const slot of declaration.slots ?? []) argTypes[`slot:${slot.name}`] = row(slot.name || '(default)', 'slots', slot);
  // Custom property names start with `--`; slots, parts and events get a prefix, so that a part
  // or an event named like an attribute (`error`) does not replace its row.
  for (const property of declaration.cssProperties ?? []) argTypes[property.name] = row(property.name, 'css custom properties', property);
  for (const part of declaration.cssParts ?? []) argTypes[`part:${part.name}`] = row(part.name, 'css shadow parts', part);
  for (const state of declaration.cssStates ?? []) argTypes[`state:${state.name}`] = row(state.name, 'css states', state);
  return argTypes;
}

/**
 * Names each attribute's row by the attribute (`heading-level`), as a page writes it: a story's
 * own `argTypes` entry for the arg (`headingLevel: { control: … }`) otherwise names the row by
 * its key. Runs as an argTypes enhancer, after the story's argTypes are merged in.
 */
export function withAttributeNames(argTypes: ArgTypes, manifest: unknown, tagName: unknown): ArgTypes {
  const declaration = declarationOf(manifest, tagName);
  if (!declaration) return argTypes;
  const named = { ...argTypes };
  for (const attribute of declaration.attributes ?? []) {
    const key = attribute.fieldName ?? attribute.name;
    if (named[key]) named[key] = { ...named[key], name: attribute.name };
  }
  return named;
}
