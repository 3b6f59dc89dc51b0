/** Entry point of `npm run ideas`: wires the ideas command to the real process. */

import { runIdeasCommand } from './ideas-command';
import { nodeCommandEnv, writeResult } from './node-env';

writeResult(runIdeasCommand(process.argv.slice(2), nodeCommandEnv()));
