import { describe, expect, it } from 'vitest';
import { latestNews } from './news';

const post = (title: string, date: string, unlisted = false) => ({
  title,
  description: `Om ${title}`,
  permalink: `/nytt/${title}`,
  date,
  source: `@site/blog/${date}-${title}.mdx`,
  unlisted,
});

describe('latestNews', () => {
  it('lists the newest posts first and stops at the count', () => {
    const news = latestNews(
      [post('a', '2026-03-01'), post('c', '2026-09-01'), post('b', '2026-05-01')],
      2,
    );
    expect(news.map((item) => item.title)).toEqual(['c', 'b']);
  });
  it('leaves unlisted posts out', () => {
    expect(
      latestNews([post('hemmelig', '2026-10-01', true), post('åpen', '2026-01-01')], 3),
    ).toEqual([
      {
        title: 'åpen',
        description: 'Om åpen',
        permalink: '/nytt/åpen',
        date: '2026-01-01',
        source: '@site/blog/2026-01-01-åpen.mdx',
      },
    ]);
  });
});
