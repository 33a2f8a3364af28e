import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommandResult, WinCallClient, WinCallCommands, WinCallState } from '@wincall/core';
import { toError } from '../utils/errors';
import { useWinCall } from './useWinCall';
import { useWinCallSelector } from './useWinCallSelector';

/** Every client command, by its method name. */
export type CommandName = 'login' | keyof WinCallCommands;
export type CommandArgs<N extends CommandName> = Parameters<WinCallClient[N]>;

export interface CommandHandle<N extends CommandName> {
  /**
   * Runs the command. Never rejects: resolves with the result, or with `undefined` when it failed
   * (see `error`) or when this command was already in flight (nothing is sent twice).
   */
  run: (...args: CommandArgs<N>) => Promise<CommandResult | undefined>;
  /** This command is in flight (from here, or anywhere else on this client). */
  pending: boolean;
  /** The failure of the last run from this hook, usually a `WinCallError`. */
  error: Error | null;
  /** Forgets `error`. */
  reset: () => void;
}

export interface CommandOptions {
  onSuccess?: (result: CommandResult) => void;
  /** Every failure, including the ones the client also reports as `lastError`. */
  onError?: (error: Error) => void;
}

/** A client command as React state: `{ run, pending, error }`. */
export function useCommand<N extends CommandName>(name: N, options: CommandOptions = {}): CommandHandle<N> {
  const client = useWinCall();
  const callbacks = useRef(options);
  useEffect(() => {
    callbacks.current = options;
  });
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const inFlight = useRef(false);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const selectPending = useCallback((state: WinCallState) => state.pending?.command === name, [name]);
  const pendingInClient = useWinCallSelector(selectPending);

  const run = useCallback(
    async (...args: CommandArgs<N>): Promise<CommandResult | undefined> => {
      if (inFlight.current) return undefined;
      inFlight.current = true;
      setRunning(true);
      setError(null);
      try {
        const command = client[name] as (...a: CommandArgs<N>) => Promise<CommandResult>;
        const result = await command(...args);
        callbacks.current.onSuccess?.(result);
        return result;
      } catch (failure) {
        const error = toError(failure);
        if (mounted.current) setError(error);
        callbacks.current.onError?.(error);
        return undefined;
      } finally {
        inFlight.current = false;
        if (mounted.current) setRunning(false);
      }
    },
    [client, name],
  );
  const reset = useCallback(() => setError(null), []);

  return { run, pending: running || pendingInClient, error, reset };
}
