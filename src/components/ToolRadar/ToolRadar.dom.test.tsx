import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { exampleSummaries } from '../../../test/fixtures/tools';
import ToolRadar from '.';

describe('ToolRadar', () => {
  it('draws a link for every tool, named with its status and category', () => {
    render(<ToolRadar tools={exampleSummaries} />);
    const radar = screen.getByRole('group', { name: /Verktøyradar/ });
    const blips = within(radar).getAllByRole('link');
    expect(blips).toHaveLength(5);
    expect(
      within(radar).getByRole('link', { name: 'Filsky: Frarådet, Fildeling' }).getAttribute('href'),
    ).toBe('/verktoy/filsky');
  });

  it('says the same in a table, numbered like the picture', () => {
    render(<ToolRadar tools={exampleSummaries} />);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    const intranet = rows.find((row) => row.textContent?.includes('Intranettet'))!;
    const number = within(intranet).getAllByRole('cell')[0]!.textContent;
    expect(
      screen.getByRole('link', { name: 'Intranettet: Anbefalt, Samhandling' }).textContent,
    ).toBe(number);
  });
});
