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
    await user.click(
      screen.getByRole('button', {
        name: 'Last ned listen med avkrysningene (tekstfil, Markdown)',
      }),
    );
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

  describe('opened from a tree’s outcome, with the ticks the reader’s answers settled', () => {
    const fromAnswers = 'eksempel-liste=samtykke.alt-tekst&fra=svarene';
    const saveTicks = (...ticked: string[]) =>
      fakeStorage.set(
        storageKey,
        JSON.stringify({ version: 1, ticked, savedAt: '2026-01-01T00:00:00Z' }),
      );
    const checked = () =>
      screen
        .getAllByRole('checkbox')
        .filter((box) => (box as HTMLInputElement).checked)
        .map((box) => box.id);

    it('saves them as the reader’s own, tidies the address, and keeps them next time', async () => {
      fakeHistory.reset(fromAnswers);
      const { unmount } = render(<Checklist checklist={exampleChecklist} />);
      expect(savedTicks()).toEqual(['alt-tekst', 'samtykke']);
      expect(fakeHistory.search).toBe('');
      expect(screen.getByRole('status').textContent).toContain('lagret på denne enheten');
      expect(screen.getByRole('status').textContent).not.toContain('delt lenke');
      unmount();
      render(<Checklist checklist={exampleChecklist} />);
      expect(checked()).toEqual(['eksempel-liste-samtykke', 'eksempel-liste-alt-tekst']);
      // The notice has had its time once the reader acts.
      await userEvent.setup().click(screen.getByRole('checkbox', { name: /Noen følger med/ }));
      expect(screen.queryByRole('status')).toBeNull();
      expect(savedTicks()).toEqual(['alt-tekst', 'folg-opp', 'samtykke']);
    });

    it('has nothing to ask when every tick is saved already', () => {
      saveTicks('samtykke', 'alt-tekst', 'folg-opp');
      fakeHistory.reset(fromAnswers);
      render(<Checklist checklist={exampleChecklist} />);
      expect(fakeHistory.search).toBe('');
      expect(checked()).toHaveLength(3);
    });

    it('asks before touching other ticks the reader saved, and can add to them', async () => {
      const user = userEvent.setup();
      saveTicks('folg-opp');
      fakeHistory.reset(fromAnswers);
      render(<Checklist checklist={exampleChecklist} />);
      expect(screen.getByRole('status').textContent).toContain(
        'Du har allerede 1 avkrysninger lagret',
      );
      expect(savedTicks()).toEqual(['folg-opp']);
      await user.click(
        screen.getByRole('button', { name: 'Legg svarene til i min lagrede liste' }),
      );
      expect(savedTicks()).toEqual(['alt-tekst', 'folg-opp', 'samtykke']);
      expect(fakeHistory.search).toBe('');
    });

    it.each([
      ['Erstatt min lagrede liste med svarene', ['alt-tekst', 'samtykke']],
      ['Behold min lagrede liste uendret', ['folg-opp']],
    ])('lets the reader choose “%s”', async (button, after) => {
      const user = userEvent.setup();
      saveTicks('folg-opp');
      fakeHistory.reset(fromAnswers);
      render(<Checklist checklist={exampleChecklist} />);
      await user.click(screen.getByRole('button', { name: button }));
      expect(savedTicks()).toEqual(after);
      expect(fakeHistory.search).toBe('');
      expect(screen.queryByRole('status')).toBeNull();
    });

    it('saves over damaged saved text, and says the old text could not be read', () => {
      fakeStorage.set(storageKey, '{ødelagt');
      fakeHistory.reset(fromAnswers);
      render(<Checklist checklist={exampleChecklist} />);
      expect(savedTicks()).toEqual(['alt-tekst', 'samtykke']);
      expect(screen.getByRole('status').textContent).toContain('kunne ikke leses');
    });
  });

  it('shows the reader’s own ticks when a shared link cannot be read, and never saves over them', async () => {
    const user = userEvent.setup();
    fakeStorage.set(
      storageKey,
      JSON.stringify({ version: 1, ticked: ['folg-opp'], savedAt: '2026-01-01T00:00:00Z' }),
    );
    fakeHistory.reset('eksempel-liste=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    render(<Checklist checklist={exampleChecklist} />);
    expect(screen.getByRole('status').textContent).toContain('Lenken du åpnet, kunne ikke leses');
    expect(screen.getByRole('checkbox', { name: /Noen følger med/ })).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.queryByRole('button', { name: 'Lagre på denne enheten' })).toBeNull();
    expect(fakeHistory.search).toBe('');
    expect(savedTicks()).toEqual(['folg-opp']);
    await user.click(screen.getByRole('checkbox', { name: 'Bildet har alternativ tekst.' }));
    expect(savedTicks()).toEqual(['alt-tekst', 'folg-opp']);
  });

  it.each([
    ['full (setItem throws QuotaExceededError)', 'full'],
    ['blocked (localStorage throws SecurityError)', 'blocked'],
  ] as const)(
    'still ticks when storage is %s, and says the ticks will not be kept',
    async (_case, mode) => {
      const user = userEvent.setup();
      fakeStorage.mode(mode);
      render(<Checklist checklist={exampleChecklist} />);
      await user.click(screen.getByRole('checkbox', { name: 'Alle på bildet har samtykket.' }));
      expect(
        screen.getByRole('checkbox', { name: 'Alle på bildet har samtykket.' }),
      ).toHaveProperty('checked', true);
      expect(screen.getByRole('status').textContent).toContain('blir ikke tatt vare på');
      await user.click(screen.getByRole('checkbox', { name: 'Bildet har alternativ tekst.' }));
      expect(
        screen.getByLabelText('2 av 3 punkter er krysset av.', { selector: 'progress' }),
      ).toBeTruthy();
      await user.click(screen.getByRole('checkbox', { name: 'Alle på bildet har samtykket.' }));
      expect(
        screen.getByLabelText('1 av 3 punkter er krysset av.', { selector: 'progress' }),
      ).toBeTruthy();
    },
  );

  it('keeps a tree’s ticks for the visit when storage is full', () => {
    fakeStorage.mode('full');
    fakeHistory.reset('eksempel-liste=samtykke&fra=svarene');
    render(<Checklist checklist={exampleChecklist} />);
    expect(screen.getByRole('checkbox', { name: 'Alle på bildet har samtykket.' })).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getByRole('status').textContent).toContain('blir ikke tatt vare på');
  });
});
