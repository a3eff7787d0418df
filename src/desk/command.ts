/** `datelines desk [--port N]`: serves the editing desk on this machine until Ctrl+C. */
import { join } from "node:path";
import { startDesk } from "./server.ts";

export async function deskCommand({ port }: { port?: string }): Promise<number> {
  const number = port === undefined ? 8081 : Number(port);
  if (!Number.isInteger(number) || number < 0 || number > 65535) {
    console.error(`--port must be a port number (got "${port}")`);
    return 2;
  }
  const root = process.cwd();
  const data = process.env.DATELINES_DATA ?? join(root, "_data");
  let desk;
  try {
    desk = await startDesk({ root, data, port: number });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(code === "EADDRINUSE" ? `Port ${number} is in use (another desk or review?): try --port ${number + 1}` : `Cannot start the desk: ${(error as Error).message}`);
    return 1;
  }
  console.log(`The desk is at ${desk.url} (on this machine only; it edits the files in ${data}). Ctrl+C to stop.`);
  process.once("SIGINT", () => void desk.close().then(() => process.exit(0)));
  return 0;
}
