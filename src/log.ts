// The one root logger. Redaction paths live here and nowhere else: personal fields are censored
// wherever they appear in a log object, so a careless `log.info({ record })` leaks nothing.
import { pino, type DestinationStream, type Logger } from 'pino';
import { logLevel } from './config.js';

/** Field names that carry personal data in KIM records, raw source rows and API bodies. */
export const PERSONAL_FIELDS = [
  'familyName',
  'givenNames',
  'birthName',
  'birthDate',
  'azr',
  'nameKey',
  'identifiers',
  'familienname',
  'vornamen',
  'geburtsname',
  'geburtsdatum',
  'azrNummer',
  'Familienname',
  'Vorname',
  'Geburtsdatum',
  'AZR-Nummer',
  'Name',
  'GebDat',
  'AZR',
  'person',
  'raw',
  'value',
  'facts',
] as const;

export const REDACT_PATHS = PERSONAL_FIELDS.flatMap((f) => {
  const key = /^[A-Za-z_]\w*$/.test(f) ? f : `["${f}"]`;
  const dot = key.startsWith('[') ? '' : '.';
  return [key, `*${dot}${key}`, `*.*${dot}${key}`];
});

export function createLogger(options: { level?: string; name?: string; destination?: DestinationStream } = {}): Logger {
  const settings = {
    name: options.name ?? 'kim-hub',
    level: options.level ?? logLevel(),
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: { err: pino.stdSerializers.err },
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

export const log: Logger = createLogger();
