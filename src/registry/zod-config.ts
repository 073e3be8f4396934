/**
 * zod without `eval`: its just-in-time compiled object parsers test for it with `Function('')`,
 * which a strict Content-Security-Policy reports as a violation. The setting is read when a
 * schema is built, so this module is imported before any schema.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });
