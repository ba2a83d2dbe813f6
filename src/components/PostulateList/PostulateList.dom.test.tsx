import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import PostulateList from '.';

const postulates = [
  {
    id: 'lytt-forst',
    title: 'Lytt først',
    statement: 'Lytt før du snakker.',
    explanation: 'Finn ut hva folk spør om.',
  },
  {
    id: 'tenk-for-du-poster',
    title: 'Tenk før du poster',
    statement: 'Aldri post sint, lei deg eller full.',
    explanation: 'Vent til i morgen.',
  },
];

describe('PostulateList', () => {
  it('gives every postulate a numbered heading whose id is its anchor', () => {
    render(<PostulateList postulates={postulates} />);
    const heading = screen.getByRole('heading', { level: 2, name: /Tenk før du poster/ });
    expect(heading.textContent).toBe('2. Tenk før du poster');
    expect(heading.id).toBe('tenk-for-du-poster');
  });

  it('links each postulate from the contents list', () => {
    render(<PostulateList postulates={postulates} />);
    const contents = screen.getByRole('navigation', { name: 'Postulatene' });
    expect(contents.querySelector('a[href="#lytt-forst"]')?.textContent).toBe('Lytt først');
  });

  it('shows the statement and the explanation', () => {
    render(<PostulateList postulates={postulates} />);
    expect(screen.getByText('Aldri post sint, lei deg eller full.')).toBeTruthy();
    expect(screen.getByText('Vent til i morgen.')).toBeTruthy();
  });
});
