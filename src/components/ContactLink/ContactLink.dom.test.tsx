import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ContactLink from '.';

describe('ContactLink', () => {
  it('links the words of a sentence to the address in organisation.ts', () => {
    render(
      <p>
        Ta kontakt med <ContactLink>Kompetansesenter for sosiale medier</ContactLink>.
      </p>,
    );
    expect(
      screen
        .getByRole('link', { name: 'Kompetansesenter for sosiale medier' })
        .getAttribute('href'),
    ).toBe('mailto:kompetansesenteret@eksempel.kommune.no');
  });

  it('shows the address itself, marked as an example, when given no words', () => {
    const { container } = render(<ContactLink />);
    expect(
      screen
        .getByRole('link', { name: 'kompetansesenteret@eksempel.kommune.no' })
        .getAttribute('href'),
    ).toBe('mailto:kompetansesenteret@eksempel.kommune.no');
    expect(container.querySelector('[data-example-fact]')?.textContent).toBe('eksempel');
  });
});
