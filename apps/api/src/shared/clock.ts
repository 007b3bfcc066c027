/** The application's clock. Services read time through it so tests can move it (e.g. 90 days on). */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
