import { ZodError } from 'zod';
import { AppConfig, configRules, configSchema } from './config.schema';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; the first bad variable is named in one line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable means "not set", as in shells and .env files.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) throw new ConfigError(describeFirstIssue(parsed.error, present));
  const broken = configRules.find((rule) => !rule.check(parsed.data));
  if (broken) throw new ConfigError(`Configuration error: ${broken.variable} ${broken.message}. See .env.example.`);
  return parsed.data;
}

function describeFirstIssue(error: ZodError, env: Record<string, unknown>): string {
  const issue = error.issues[0];
  const name = String(issue.path[0] ?? 'environment');
  const got = env[name] === undefined ? 'nothing' : JSON.stringify(env[name]);
  return `Configuration error: ${name} ${issue.message} (got ${got}). See .env.example.`;
}

/** For entry points: load the config or stop the process with the one-line reason. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
