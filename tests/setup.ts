import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { server } from './msw/server';

/**
 * What a failed query says: what it looked for and, for a role, the names of the elements that do
 * have that role, so a wrong name shows beside the right one. Testing Library's own message goes on
 * to print every role on the page and then the whole DOM: thousands of lines for one article.
 */
function summarise(message: string): string {
  const [sought = message, roles] = message.split('\n\nHere are the accessible roles:\n\n');
  const role = /role "([^"]+)"/.exec(sought)?.[1];
  if (roles === undefined || role === undefined) return sought.split('\n\nIgnored nodes:')[0] ?? sought;
  const names: string[] = [];
  let inRole = false;
  for (const line of roles.split('\n')) {
    const heading = /^ {2}([a-z]+):$/.exec(line);
    if (heading) inRole = heading[1] === role;
    const name = inRole ? /^ {2}Name "(.*)":$/.exec(line) : null;
    if (name) names.push(`"${name[1] ?? ''}"`);
  }
  return `${sought}\nElements with the role "${role}": ${names.length > 0 ? names.join(', ') : 'none'}.`;
}

configure({
  // A ceiling, not a wait: findBy and waitFor return as soon as what they wait for is there. A busy
  // machine can take several seconds to get there; a failing test spends this long before it fails.
  asyncUtilTimeout: 15_000,
  getElementError: (message) => {
    const error = new Error(summarise(message ?? 'No element matched.'));
    error.name = 'TestingLibraryElementError';
    return error;
  },
});

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// jsdom has no scrolling: its scrollTo only prints "Not implemented". The app's calls go nowhere,
// as they would on a page too short to scroll; tests that care spy on it.
window.scrollTo = () => undefined;

// A console.error is a bug (a React warning, a failed prop type, an unhandled error): fail the test.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
  });
});

afterEach(() => {
  cleanup();
  document.title = '';
});
