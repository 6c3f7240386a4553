import { describe, expect, it } from 'vitest';
import { queueBoardCsp } from './pages/queue-board.js';

const STRICT = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'";

describe("the queue dashboard's Content-Security-Policy", () => {
  it('allows the inline styles of the page by their hashes and its base, never unsafe-inline', () => {
    const csp = queueBoardCsp(STRICT, { template: '<base href="x"><div style="color:red"><style>p{}</style></div>', scripts: 'f("style",{children:`a{}`})' });
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).not.toContain("base-uri 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toMatch(/style-src-elem 'self' 'sha256-[A-Za-z0-9+/=]{44}' 'sha256-[A-Za-z0-9+/=]{44}'; style-src-attr 'unsafe-hashes' 'sha256-[A-Za-z0-9+/=]{44}'$/);
  });

  it('finds the styles of the installed bull-board', () => {
    const csp = queueBoardCsp(STRICT);
    expect(csp.match(/'sha256-/g)?.length).toBeGreaterThanOrEqual(3);
  });
});
