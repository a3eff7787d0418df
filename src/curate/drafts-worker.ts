/** A worker thread of drafts-pool.ts: proposes one source's drafts per message. */
import workerpool from "workerpool";
import { proposeJob } from "./propose-job.ts";

workerpool.worker({ propose: proposeJob });
