#!/usr/bin/env node
// Entry point for `datelines`: registers TypeScript support, then runs the CLI.
import { register } from "tsx/esm/api";

register();
await import("./main.ts");
