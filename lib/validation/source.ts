import { z } from 'zod';
import { SOURCE_KINDS } from '@/lib/figures/vocabulary';
import { choiceField, optionalText, requiredId, requiredText, versionField } from './fields';

/** The source schema, shared by the admin form and the server. */
export const SOURCE_TEXT_LIMITS = { name: 200, shortName: 60, description: 300, aliases: 2_000 } as const;

export const sourceFieldsSchema = z.object({
  id: requiredId('Source'),
  version: versionField,
  name: requiredText('Name', SOURCE_TEXT_LIMITS.name),
  shortName: optionalText('Short name', SOURCE_TEXT_LIMITS.shortName),
  kind: choiceField(SOURCE_KINDS, 'Kind'),
  description: optionalText('Description', SOURCE_TEXT_LIMITS.description),
  // One alias per line; blank lines and stray spaces are dropped.
  aliases: optionalText('Aliases', SOURCE_TEXT_LIMITS.aliases).transform((text) =>
    (text ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n'),
  ),
});

export const createSourceSchema = sourceFieldsSchema.omit({ id: true, version: true });
export const updateSourceSchema = sourceFieldsSchema;
