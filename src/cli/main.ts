/** Entry point of `npm run parse`: wires the parse command to the real process. */

import { nodeCommandEnv, writeResult } from './node-env';
import { runParseCommand } from './parse-command';

writeResult(runParseCommand(process.argv.slice(2), nodeCommandEnv()));
