// Joining the records of one person across offices.
export { link, type LinkOptions, type LinkResult, type ReviewCase } from './link.js';
export { birthDatesCompatible, nameBlockKeys, namesMatch, phoneticKey } from './match.js';
