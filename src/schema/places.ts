/**
 * _data/places.json: place names in other languages. Events list places as written in the
 * site's main language ("Vientiane"); a place without a label here shows as written, marked
 * as that language.
 */
import { z } from "zod";
import { Labels } from "./labels.ts";
import { allDifferent, Text } from "./primitives.ts";

export const PlaceName = z
  .object({
    name: Text(100).meta({ description: "The place as events list it in `places`, e.g. Vientiane." }),
    label: Labels,
  })
  .strict();
export type PlaceName = z.infer<typeof PlaceName>;

export const PlacesFile = z
  .object({ $schema: z.string().optional(), places: z.array(PlaceName) })
  .strict()
  .refine((file) => allDifferent(file.places.map((x) => x.name)), { message: "names a place twice", path: ["places"] });
export type PlacesFile = z.infer<typeof PlacesFile>;
