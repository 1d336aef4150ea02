/** The time a command is decided at, injected (CLOCK) so that no controller or decider's caller reads `new Date()`. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date() };
