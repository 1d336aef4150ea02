/** Injection tokens of the platform's infrastructure ports. */
export const MONGO_DB = Symbol('MONGO_DB');
export const MESSAGING_CLIENT = Symbol('MESSAGING_CLIENT');
export const TOPIC_ADMIN = Symbol('TOPIC_ADMIN');
export const EVENT_STORE = Symbol('EVENT_STORE');
export const SETTINGS = Symbol('SETTINGS');
