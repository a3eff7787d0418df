/** _data/eras.json: named periods shown as bands over the timeline. */
import { z } from "zod";
import { Labels } from "./labels.ts";
import { allDifferent, PartialDate, Tag } from "./primitives.ts";

export const Era = z
  .object({
    id: Tag.meta({ description: "Stable slug, e.g. first-wave." }),
    label: Labels,
    start: PartialDate,
    end: PartialDate.meta({ description: "Last day (or month, or year) of the era, inclusive." }),
  })
  .strict()
  .refine((era) => era.end >= era.start, { message: "must not be before start", path: ["end"] });
export type Era = z.infer<typeof Era>;

export const ErasFile = z
  .object({ $schema: z.string().optional(), eras: z.array(Era) })
  .strict()
  .refine((file) => allDifferent(file.eras.map((x) => x.id)), { message: "names an era twice: ids must be unique", path: ["eras"] });
export type ErasFile = z.infer<typeof ErasFile>;
