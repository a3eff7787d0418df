export * from "./primitives.ts";
export * from "./source.ts";
export * from "./media.ts";
export * from "./event.ts";
export * from "./labels.ts";
export * from "./eras.ts";
export * from "./groups.ts";
export * from "./site.ts";
