// Validates the environment and prints the resolved configuration as JSON, so that the
// start and test scripts use the same defaults and errors as the applications.
import { loadConfigOrExit } from '../load-config';

process.stdout.write(JSON.stringify(loadConfigOrExit()));
