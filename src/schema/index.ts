export * from "./primitives.ts";
export * from "./source.ts";
export * from "./event.ts";
export * from "./site.ts";
