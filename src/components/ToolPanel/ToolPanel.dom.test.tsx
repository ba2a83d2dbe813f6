import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { exampleTool, exampleTools } from '../../../test/fixtures/tools';
import ToolPanel from '.';
import ToolHistory from './ToolHistory';

const valueOf = (term: string) =>
  screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

describe('ToolPanel', () => {
  it('shows status, verdict, roles, data location, personal data, DPIA, security and review dates', () => {
    render(
      <ToolPanel
        tool={exampleTool}
        alternatives={[{ id: 'intranett', title: 'Intranettet' }]}
        guidelines={[{ path: '/retningslinjer/offisielle-kontoer', title: 'Offisielle kontoer' }]}
      />,
    );
    const panel = screen.getByRole('region', { name: 'Status for Bildedeling' });
    expect(within(panel).getByText('Tillatt')).toBeTruthy();
    expect(
      within(panel).getByText('Tillatt for kommunens kontoer, uten bilder av barn.'),
    ).toBeTruthy();
    expect(valueOf('Systemeier')).toBe('Kommunikasjonssjefen');
    expect(valueOf('Data lagres')).toBe('Utenfor EØS');
    expect(valueOf('Tillatt med personopplysninger')).toBe('Med begrensninger');
    expect(valueOf('Personvernkonsekvensvurdering (DPIA)')).toBe('Ikke vurdert');
    expect(valueOf('Sikkerhet')).toBe(
      'Tofaktorautentisering: påkrevd. Kommunal pålogging (SSO): nei.',
    );
    expect(valueOf('Vurdert')).toBe('1. mars 2026');
    expect(valueOf('Neste vurdering')).toBe('1. mars 2027');
    expect(within(panel).getByRole('link', { name: 'Intranettet' }).getAttribute('href')).toBe(
      '/verktoy/intranett',
    );
    expect(
      within(panel).getByRole('link', { name: 'Offisielle kontoer' }).getAttribute('href'),
    ).toBe('/retningslinjer/offisielle-kontoer');
    expect(panel.querySelector('[data-missing-roles]')).toBeNull();
  });

  it('warns, rather than hides, when the owner, administrator or support is missing', () => {
    render(<ToolPanel tool={exampleTools[2]!} alternatives={[]} />);
    const warning = screen.getByText('Mangler ansvar.').closest('[data-missing-roles]');
    expect(warning?.textContent).toContain('Her mangler: Systemeier, Administrator, Brukerstøtte.');
    expect(valueOf('Systemeier')).toBe('Ikke navngitt');
  });

  it('does not tell a reader to use a tool advised against once its roles are named', () => {
    const { container } = render(<ToolPanel tool={exampleTools[2]!} alternatives={[]} />);
    const warning = container.querySelector('[data-missing-roles]')?.textContent ?? '';
    expect(exampleTools[2]!.tool_status).toBe('frarådet');
    expect(warning).not.toContain('Bruk verktøyet først når dette er på plass');
    expect(warning).toContain('Verktøyet er frarådet og skal ikke tas i bruk.');
  });

  it.each([
    ['tillatt', 'Bruk verktøyet først når dette er på plass.'],
    ['prøves', 'Prøven skal ikke utvides før dette er på plass.'],
  ] as const)('tells what to do about missing roles of a tool that is %s', (status, advice) => {
    const tool = { ...exampleTools[2]!, tool_status: status };
    const { container } = render(<ToolPanel tool={tool} alternatives={[]} />);
    expect(container.querySelector('[data-missing-roles]')?.textContent).toContain(advice);
  });
});

describe('ToolHistory', () => {
  it('tells each change as "from … to …" with its date and reason', () => {
    render(<ToolHistory history={exampleTool.history} />);
    const items = within(screen.getByRole('region', { name: 'Statushistorikk' })).getAllByRole(
      'listitem',
    );
    expect(items.map((item) => item.textContent)).toEqual([
      '10. januar 2020Først vurdert: PrøvesPrøveperiode med to enheter.',
      '1. februar 2021Flyttet fra Prøves til TillattPrøven gikk godt.',
    ]);
  });
});
