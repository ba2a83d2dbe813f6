import { describe, expect, it } from 'vitest';
import { temporarySite } from '../../test/plugins/fakeDocusaurus';
import { contentModelContextOf } from './siteContext';
import { reviewReportText } from './reviewReportText';

const page = (owner: string, lastReviewed: string) => `---
kind: veiledning
title: Slik skriver du sammen
description: Hvordan to eller flere skriver i samme dokument uten å sende vedlegg.
owner: ${owner}
last_reviewed: ${lastReviewed}
review_interval_months: 12
status: vedtatt
---

Tekst.
`;

describe('npm run report:reviews', () => {
  it('warns about overdue and due pages by owner, and fails on an owner that is not a unit', () => {
    const site = temporarySite({
      'docs/veiledninger/forsinket.mdx': page('Kommunikasjonsenheten', '2025-10-01'),
      'docs/veiledninger/snart.mdx': page('Kommunikasjonsenheten', '2025-12-10'),
      'docs/veiledninger/ukjent.mdx': page('Økonomiavdelingen', '2026-06-01'),
    });
    const { context, knownOwners } = contentModelContextOf(site);
    const { text, fails } = reviewReportText(site, context, '2026-11-24', knownOwners);
    expect(text.split('\n')).toEqual([
      'Innholdsstatus 2026-11-24: 3 sider som gjelder nå.',
      '',
      'Kommunikasjonsenheten:',
      '  advarsel: docs/veiledninger/forsinket.mdx: forsinket, skulle vært gjennomgått 2026-10-01 (54 dager siden)',
      '  advarsel: docs/veiledninger/snart.mdx: skal gjennomgås innen 2026-12-10 (om 16 dager)',
      'feil: docs/veiledninger/ukjent.mdx: eieren «Økonomiavdelingen» er ikke en enhet i organisation.ts; skriv en kjent enhet i owner',
    ]);
    expect(fails).toBe(true);
  });

  it('passes with only warnings when every owner is a unit', () => {
    const site = temporarySite({ 'docs/a.mdx': page('Kommunikasjonsenheten', '2025-10-01') });
    const { context, knownOwners } = contentModelContextOf(site);
    expect(reviewReportText(site, context, '2026-11-24', knownOwners).fails).toBe(false);
  });
});
