import { startService, type ServiceSpec } from './startStack';

export interface StartOutcome {
  /** It logged "ready at …" (and has been stopped again). */
  started: boolean;
  /** Its exit code when it refused to start; null when it started. */
  exitCode: number | null;
  /** Everything it printed. */
  output: string;
}

/**
 * Starts a service that is expected to refuse to start and reports what happened.
 * A service that does start is stopped at once, so nothing is left running either way.
 */
export async function tryStartService(spec: ServiceSpec, timeoutMs = 60_000): Promise<StartOutcome> {
  try {
    const running = await startService(spec, timeoutMs);
    const output = running.output();
    await running.stop();
    return { started: true, exitCode: null, output };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const exited = /exited with (\S+) before it was ready:\n([\s\S]*)$/.exec(message);
    if (!exited) throw error;
    return { started: false, exitCode: exited[1] === 'null' ? null : Number(exited[1]), output: exited[2] };
  }
}
