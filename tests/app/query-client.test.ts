import { describe, expect, it } from 'vitest';
import { createQueryClient, KEPT_ARTICLES } from '../../src/app/query-client';

describe('the query cache', () => {
  it('keeps only the most recent articles nobody is looking at, however many are read', () => {
    const queryClient = createQueryClient();
    for (let index = 0; index < 100; index += 1) {
      queryClient.setQueryData(['article', `artikel-${index}`], { headline: `Artikel ${index}` }, { updatedAt: 1_000 + index });
    }
    const kept = queryClient.getQueryCache().findAll({ queryKey: ['article'] });
    expect(kept).toHaveLength(KEPT_ARTICLES);
    expect(queryClient.getQueryData(['article', 'artikel-99'])).toEqual({ headline: 'Artikel 99' });
    expect(queryClient.getQueryData(['article', 'artikel-0'])).toBeUndefined();
  });
});
