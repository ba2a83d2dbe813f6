import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import NotFoundPage from '.';

describe('NotFoundPage', () => {
  it('offers a search that works without JavaScript: a form to the search page', () => {
    render(<NotFoundPage />);
    const form = screen.getByRole('search');
    expect(form.getAttribute('action')).toBe('/sok');
    expect(form.getAttribute('method')).toBe('get');
    expect(within(form).getByRole('searchbox', { name: 'Hva lette du etter?' })).toHaveProperty(
      'name',
      'q',
    );
  });

  it('offers the main paths, the decision tools and someone to ask', () => {
    render(<NotFoundPage />);
    const links = Object.fromEntries(
      screen.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]),
    );
    expect(links).toMatchObject({
      Retningslinjer: '/retningslinjer',
      Postulater: '/retningslinjer/postulater',
      Verktøykatalogen: '/verktoy',
      Veiledninger: '/veiledninger',
      'Verktøy for å bestemme': '/verktoy-for-a-bestemme',
      'kompetansesenteret@eksempel.kommune.no': 'mailto:kompetansesenteret@eksempel.kommune.no',
    });
  });

  it('points a reader of the other language to their own site, in their language', () => {
    render(<NotFoundPage />);
    const link = screen.getByRole('link', { name: 'Page not found. Go to the English site' });
    expect(link.getAttribute('href')).toBe('/en/');
    expect(link.closest('[lang]')?.getAttribute('lang')).toBe('en-GB');
  });
});
