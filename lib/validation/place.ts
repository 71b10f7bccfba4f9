import { z } from 'zod';
import { optionalDecimal, optionalId, optionalText, requiredId, requiredText, versionField } from './fields';

/** The place schema, shared by the admin form and the server. */
export const PLACE_TEXT_LIMITS = { name: 200, adminCode: 20 } as const;

export const placeFieldsSchema = z.object({
  id: requiredId('Place'),
  version: versionField,
  name: requiredText('Name', PLACE_TEXT_LIMITS.name),
  parentId: optionalId('Parent place'),
  adminCode: optionalText('Admin code', PLACE_TEXT_LIMITS.adminCode),
  latitude: optionalDecimal('Latitude', -90, 90),
  longitude: optionalDecimal('Longitude', -180, 180),
});

type PlaceFields = Omit<z.output<typeof placeFieldsSchema>, 'id' | 'version'>;

function checkCoordinates(place: PlaceFields, context: z.RefinementCtx): void {
  if ((place.latitude === null) !== (place.longitude === null)) {
    const missing = place.latitude === null ? 'latitude' : 'longitude';
    context.addIssue({ code: 'custom', path: [missing], message: 'Give both latitude and longitude, or neither' });
  }
}

export const createPlaceSchema = placeFieldsSchema.omit({ id: true, version: true }).superRefine(checkCoordinates);
export const updatePlaceSchema = placeFieldsSchema.superRefine((place, context) => {
  checkCoordinates(place, context);
  if (place.parentId === place.id) context.addIssue({ code: 'custom', path: ['parentId'], message: 'A place cannot be its own parent' });
});
export type PlaceInput = z.output<typeof createPlaceSchema>;
