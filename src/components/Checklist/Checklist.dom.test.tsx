import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exampleChecklist } from '../../../test/fixtures/decisionTools';
import { fakeHistory, fakeStorage } from '../../../test/stubs/themeCommon';
import { checklistStorageKey } from '../../hooks/useChecklistProgress';
import Checklist from '.';

const storageKey = checklistStorageKey('eksempel-liste');

beforeEach(() => {
  fakeHistory.reset();
  fakeStorage.clear();
});
afterEach(() => vi.restoreAllMocks());

const savedTicks = () =>
  JSON.parse(fakeStorage.get(storageKey) ?? '{}').ticked as string[] | undefined;

describe('Checklist', () => {
  it('lists every item with its help text, marking optional ones', () => {
    render(<Checklist checklist={exampleChecklist} />);
    const list = screen.getByRole('region', { name: 'Før du publiserer' });
    expect(list.getAttribute('data-checklist')).toBe('eksempel-liste');
    const consent = screen.getByRole('checkbox', { name: 'Alle på bildet har samtykket.' });
    expect(consent.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Samtykke må kunne dokumenteres.').id).toBe(
      consent.getAttribute('aria-describedby'),
    );
    expect(
      screen.getByRole('checkbox', { name: /^Noen følger med på kommentarene\.\s+\(valgfritt\)$/ }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Etterpå' })).toBeTruthy();
  });

  it('saves ticks on the device, shows progress, and restores them next time', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Checklist checklist={exampleChecklist} />);
    expect(
      screen.getByLabelText('0 av 3 punkter er krysset av.', { selector: 'progress' }),
    ).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Alle på bildet har samtykket.' }));
    expect(savedTicks()).toEqual(['samtykke']);
    const progress = screen.getByLabelText('1 av 3 punkter er krysset av.', {
      selector: 'progress',
    }) as HTMLProgressElement;
    expect(progress.value).toBe(1);
    expect(screen.getByText('1 av 2 obligatoriske punkter er krysset av.')).toBeTruthy();
    unmount();

    render(<Checklist checklist={exampleChecklist} />);
    expect(screen.getByRole('checkbox', { name: 'Alle på bildet har samtykket.' })).toHaveProperty(
      'checked',
      true,
    );
  });

  it('says so when saved progress cannot be read, starts empty, and recovers on the next tick', async () => {
    const user = userEvent.setup();
    fakeStorage.set(storageKey, '{ødelagt');
    render(<Checklist checklist={exampleChecklist} />);
    expect(screen.getByRole('status').textContent).toContain('kunne ikke leses');
    expect(screen.getAllByRole('checkbox').every((box) => !(box as HTMLInputElement).checked)).toBe(
      true,
    );
    await user.click(screen.getByRole('checkbox', { name: 'Bildet har alternativ tekst.' }));
    expect(savedTicks()).toEqual(['alt-tekst']);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('keeps what still matches when the checklist has changed, and tells how much was dropped', () => {
    fakeStorage.set(
      storageKey,
      JSON.stringify({
        version: 1,
        ticked: ['samtykke', 'gammelt-punkt'],
        savedAt: '2026-01-01T00:00:00Z',
      }),
    );
    render(<Checklist checklist={exampleChecklist} />);
    expect(screen.getByRole('status').textContent).toContain(
      '1 avkrysninger gjaldt punkter som er fjernet',
    );
    expect(screen.getByRole('checkbox', { name: 'Alle på bildet har samtykket.' })).toHaveProperty(
      'checked',
      true,
    );
  });

  it('opens a shared link with exactly its ticks, without touching what this device saved', async () => {
    const user = userEvent.setup();
    fakeStorage.set(
      storageKey,
      JSON.stringify({ version: 1, ticked: ['folg-opp'], savedAt: '2026-01-01T00:00:00Z' }),
    );
    fakeHistory.reset('eksempel-liste=samtykke.alt-tekst');
    render(<Checklist checklist={exampleChecklist} />);
    expect(screen.getByRole('status').textContent).toContain('delt lenke');
    expect(screen.getByRole('checkbox', { name: 'Bildet har alternativ tekst.' })).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getByRole('checkbox', { name: /Noen følger med/ })).toHaveProperty(
      'checked',
      false,
    );
    expect(savedTicks()).toEqual(['folg-opp']);

    await user.click(screen.getByRole('button', { name: 'Lagre på denne enheten' }));
    expect(savedTicks()).toEqual(['alt-tekst', 'samtykke']);
    expect(fakeHistory.search).toBe('');
  });

  it('offers a link that encodes the ticked items', async () => {
    const user = userEvent.setup();
    render(<Checklist checklist={exampleChecklist} />);
    await user.click(screen.getByRole('checkbox', { name: 'Bildet har alternativ tekst.' }));
    const link = screen.getByLabelText('Lenke til listen slik den er nå:') as HTMLInputElement;
    expect(link.value).toBe('http://localhost:3000/sjekkliste/test?eksempel-liste=alt-tekst');
  });

  it('resets only after the reader confirms', async () => {
    const user = userEvent.setup();
    render(<Checklist checklist={exampleChecklist} />);
    await user.click(screen.getByRole('checkbox', { name: 'Alle på bildet har samtykket.' }));
    await user.click(screen.getByRole('button', { name: 'Nullstill' }));
    const confirm = screen.getByRole('group', { name: 'Vil du fjerne alle avkrysningene?' });
    await user.click(within(confirm).getByRole('button', { name: 'Avbryt' }));
    expect(savedTicks()).toEqual(['samtykke']);
    await user.click(screen.getByRole('button', { name: 'Nullstill' }));
    await user.click(screen.getByRole('button', { name: 'Ja, nullstill' }));
    expect(fakeStorage.get(storageKey)).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Alle på bildet har samtykket.' })).toHaveProperty(
      'checked',
      false,
    );
  });

  it('downloads the list and its state as Markdown', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:sjekkliste';
    });
    URL.revokeObjectURL = vi.fn();
    const clicks = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    render(<Checklist checklist={exampleChecklist} />);
    await user.click(screen.getByRole('checkbox', { name: 'Alle på bildet har samtykket.' }));
    await user.click(screen.getByRole('button', { name: 'Last ned som Markdown' }));
    expect(clicks).toHaveBeenCalledOnce();
    const markdown = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]!);
    });
    expect(markdown).toContain('# Før du publiserer');
    expect(markdown).toContain('- [x] Alle på bildet har samtykket.');
    expect(markdown).toContain('- [ ] Bildet har alternativ tekst.');
  });

  it('prints with the browser’s print dialogue', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    render(<Checklist checklist={exampleChecklist} />);
    await user.click(screen.getByRole('button', { name: 'Skriv ut' }));
    expect(print).toHaveBeenCalledOnce();
  });
});
