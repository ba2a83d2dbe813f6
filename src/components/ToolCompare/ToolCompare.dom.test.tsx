import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { exampleTools } from '../../../test/fixtures/tools';
import { fakeHistory } from '../../../test/stubs/themeCommon';
import ToolCompare from '.';

beforeEach(() => fakeHistory.reset());

describe('ToolCompare', () => {
  it('shows the chosen tools side by side and keeps the choice in the URL', async () => {
    const user = userEvent.setup();
    render(<ToolCompare tools={exampleTools} />);
    expect(screen.getByText('Velg minst to verktøy for å se dem side om side.')).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Filsky' }));
    await user.click(screen.getByRole('checkbox', { name: 'Intranettet' }));
    expect(fakeHistory.search).toBe('verktoy=filsky%2Cintranett');
    const table = screen.getByRole('table', { name: 'Sammenligning: Filsky, Intranettet' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Filsky', 'Intranettet']);
    const statusRow = within(table).getByRole('rowheader', { name: 'Status' }).closest('tr')!;
    expect(within(statusRow).getByText('Frarådet')).toBeTruthy();
    const dataRow = within(table).getByRole('rowheader', { name: 'Data lagres' }).closest('tr')!;
    expect(within(dataRow).getAllByRole('cell')).toHaveLength(2);
    const personalDataRow = within(table)
      .getByRole('rowheader', { name: 'Tillatt med personopplysninger' })
      .closest('tr')!;
    expect(
      within(personalDataRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Nei', 'Ja']);
  });

  it('opens the comparison a shared link names, and allows at most three', async () => {
    fakeHistory.reset('verktoy=filsky,intranett,lysbilder');
    render(<ToolCompare tools={exampleTools} />);
    expect(screen.getAllByRole('columnheader')).toHaveLength(3);
    expect(screen.getByRole('checkbox', { name: 'Strømmen' })).toHaveProperty('disabled', true);
  });
});
