import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { exampleSummaries } from '../../../test/fixtures/tools';
import { fakeHistory } from '../../../test/stubs/themeCommon';
import { ownEntry } from '../../hooks/useQueryState';
import ToolCatalogue from '.';

beforeEach(() => fakeHistory.reset());

const rowNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent);

describe('ToolCatalogue', () => {
  it('lists every tool with its status, category, personal data, data location and next review', () => {
    render(<ToolCatalogue tools={exampleSummaries} />);
    expect(rowNames()).toEqual(['Intranettet', 'Bildedeling', 'Strømmen', 'Lysbilder', 'Filsky']);
    const row = screen.getByRole('row', { name: /Filsky/ });
    expect(within(row).getByText('Frarådet')).toBeTruthy();
    expect(within(row).getByText('Fildeling')).toBeTruthy();
    expect(within(row).getByText('Utenfor EØS')).toBeTruthy();
    expect(within(row).getByText('1. mars 2027')).toBeTruthy();
  });

  it('says what its personal-data column means, and offers the download in plain words', () => {
    render(<ToolCatalogue tools={exampleSummaries} />);
    expect(
      screen.getByRole('columnheader', { name: /Tillatt med personopplysninger/ }),
    ).toBeTruthy();
    const download = screen.getByRole('link', { name: /Last ned hele katalogen/ });
    expect(download.textContent).toBe(
      'Last ned hele katalogen til bruk i andre systemer (JSON-fil)',
    );
    expect(download.getAttribute('href')).toBe('/verktoy.json');
  });

  it('counts and marks the tools that lack an owner, administrator or support', () => {
    render(<ToolCatalogue tools={exampleSummaries} />);
    expect(
      screen.getByText('1 av dem mangler systemeier, administrator eller brukerstøtte.'),
    ).toBeTruthy();
    expect(
      within(screen.getByRole('row', { name: /Filsky/ })).getByText('Mangler ansvar'),
    ).toBeTruthy();
  });

  it('filters by status and category, and keeps the filter in the URL', async () => {
    const user = userEvent.setup();
    render(<ToolCatalogue tools={exampleSummaries} />);
    await user.click(
      within(screen.getByRole('group', { name: 'Status' })).getByRole('checkbox', {
        name: 'Tillatt',
      }),
    );
    expect(rowNames()).toEqual(['Bildedeling', 'Strømmen']);
    await user.click(
      within(screen.getByRole('group', { name: 'Kategori' })).getByRole('checkbox', {
        name: 'Video og direktesending',
      }),
    );
    expect(rowNames()).toEqual(['Strømmen']);
    expect(screen.getByText('Viser 1 av 5 verktøy.')).toBeTruthy();
    await waitFor(() => expect(fakeHistory.search).toBe('status=tillatt&kategori=video'));
  });

  it('shows each keystroke at once, and writes the address when the reader pauses', async () => {
    const user = userEvent.setup();
    render(<ToolCatalogue tools={exampleSummaries} />);
    await user.type(screen.getByRole('searchbox', { name: 'Søk i katalogen' }), 'lys');
    expect(rowNames()).toEqual(['Lysbilder']);
    expect(fakeHistory.search).toBe('');
    await waitFor(() => expect(fakeHistory.search).toBe('sok=lys'));
    expect(rowNames()).toEqual(['Lysbilder']);
  });

  it('writes the address at once when focus leaves the filters, as when the reader opens a tool', async () => {
    const user = userEvent.setup();
    render(<ToolCatalogue tools={exampleSummaries} />);
    await user.click(
      within(screen.getByRole('group', { name: 'Status' })).getByRole('checkbox', {
        name: 'Frarådet',
      }),
    );
    act(() => within(screen.getByRole('table')).getByRole('link', { name: 'Filsky' }).focus());
    expect(fakeHistory.search).toBe('status=frar%C3%A5det');
  });

  it('keeps the latest keystroke when the address catches up with an earlier one', async () => {
    const user = userEvent.setup();
    render(<ToolCatalogue tools={exampleSummaries} />);
    const searchbox = screen.getByRole('searchbox', { name: 'Søk i katalogen' });
    await user.type(searchbox, 'strøm');
    // The router can commit a write of "strø" after the reader typed the "m".
    act(() => fakeHistory.replace('sok=str%C3%B8', ownEntry));
    expect(searchbox).toHaveProperty('value', 'strøm');
    await waitFor(() => expect(fakeHistory.search).toBe('sok=str%C3%B8m'));
    expect(searchbox).toHaveProperty('value', 'strøm');
  });

  it('follows a navigation to another view rather than the reader’s last change', async () => {
    const user = userEvent.setup();
    render(<ToolCatalogue tools={exampleSummaries} />);
    await user.click(
      within(screen.getByRole('group', { name: 'Status' })).getByRole('checkbox', {
        name: 'Tillatt',
      }),
    );
    act(() => fakeHistory.push('personopplysninger=nei'));
    expect(rowNames()).toEqual(['Lysbilder', 'Filsky']);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(fakeHistory.search).toBe('personopplysninger=nei');
    expect(rowNames()).toEqual(['Lysbilder', 'Filsky']);
  });

  it('searches free text as the reader types', async () => {
    const user = userEvent.setup();
    render(<ToolCatalogue tools={exampleSummaries} />);
    await user.type(screen.getByRole('searchbox', { name: 'Søk i katalogen' }), 'presentasjon');
    expect(rowNames()).toEqual(['Lysbilder']);
  });

  it('opens with the filter a shared link names', () => {
    fakeHistory.reset('personopplysninger=nei&sorter=-navn');
    render(<ToolCatalogue tools={exampleSummaries} />);
    expect(rowNames()).toEqual(['Lysbilder', 'Filsky']);
    expect(
      within(screen.getByRole('group', { name: 'Tillatt med personopplysninger' })).getByRole(
        'checkbox',
        { name: 'Nei' },
      ),
    ).toHaveProperty('checked', true);
  });

  it('sorts by a column, and tells assistive technology which way', async () => {
    const user = userEvent.setup();
    render(<ToolCatalogue tools={exampleSummaries} />);
    await user.click(screen.getByRole('button', { name: 'Verktøy' }));
    expect(rowNames()).toEqual(['Bildedeling', 'Filsky', 'Intranettet', 'Lysbilder', 'Strømmen']);
    expect(screen.getByRole('columnheader', { name: /Verktøy/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    await user.click(screen.getByRole('button', { name: 'Verktøy' }));
    expect(rowNames()[0]).toBe('Strømmen');
    expect(screen.getByRole('columnheader', { name: /Verktøy/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );
  });

  it('says so when nothing matches, and shows everything again on request', async () => {
    const user = userEvent.setup();
    render(<ToolCatalogue tools={exampleSummaries} />);
    await user.type(screen.getByRole('searchbox', { name: 'Søk i katalogen' }), 'finnesikke');
    expect(screen.getByText('Ingen verktøy passer med valgene dine.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Vis alle' }));
    expect(rowNames()).toHaveLength(5);
  });
});
