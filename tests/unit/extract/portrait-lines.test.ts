import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClosingLine, isThanks, parseInterviewee, parseInterviewer, parseKind, parsePhotoCredit } from '../../../src/extract/portrait-lines';
import { collapseText } from '../../../src/html-to-markdown/turndown';
import { metaTitle, partnersFromSlug, splitPartners, stripSiteSuffix } from '../../../src/extract/title';

describe('portrait lines', () => {
  it('isThanks answers as the thanks expression alone does (its quick test is only a shortcut)', () => {
    const THANKS = /(?:wir\s+danken\s+(?:Ihnen|Dir|euch)\b.*\b|vielen\s+Dank\s+|herzlichen\s+Dank\s+)f(?:ü|ue)r\s+das\s+(?:Interview|Gespr(?:ä|ae)ch)/iu;
    const parts = ['Wir', 'wir', 'danken', 'Ihnen', 'euch', 'vielen', 'Herzlichen', 'Dank', 'DANK', 'für', 'FÜR', 'fuer', 'FUER', 'fur', 'das', 'DAS', 'daſ', 'Interview', 'Gespräch', 'Gespraech', 'GESPRÄCH', ' ', '  ', '\u00a0', '\n', '.', 'ſ', 'K', 'x'];
    let positives = 0;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...parts), { maxLength: 6 }),
        // A thanks phrase in many spellings, half of them broken somewhere, between other words.
        fc.tuple(
          fc.constantFrom('wir danken Ihnen ', 'Wir danken euch sehr ', 'vielen Dank ', 'HERZLICHEN DANK ', 'vielen Dank', ''),
          fc.constantFrom('für', 'FÜR', 'fuer', 'Fuer', 'fur', 'für\u00a0'),
          fc.constantFrom(' das ', ' DAS\n', ' daſ ', 'das ', ' das  '),
          fc.constantFrom('Interview', 'Gespräch', 'gespraech', 'Interviews', 'Gespr'),
        ),
        fc.array(fc.constantFrom(...parts), { maxLength: 6 }),
        (before, thanks, after) => {
          const line = `${before.join(' ')} ${thanks.join('')} ${after.join(' ')}`;
          expect(isThanks(line)).toBe(THANKS.test(line));
          if (THANKS.test(line)) positives++;
        },
      ),
      { numRuns: 3000 },
    );
    expect(positives).toBeGreaterThan(300);
    expect(isThanks('Frau Steinhauer, wir danken Ihnen für das Interview.')).toBe(true);
    expect(isThanks('Vielen Dank fuer das Gespräch!')).toBe(true);
  });

  it('reads the kind from the subtitle, tolerating case and junk', () => {
    expect(parseKind('Porträt einer NRW-ukrainischen Solidaritätspartnerschaft')).toBe('Solidaritätspartnerschaft');
    expect(parseKind('Porträt einer NRW-Ukrainischen Kommunalpartnerschaft')).toBe('Kommunalpartnerschaft');
    expect(parseKind('PORTRÄT EINER NRW-UKRAINISCHEN STÄDTEPARTNERSCHAFT ??')).toBe('Städtepartnerschaft');
    expect(parseKind('Porträt einer NRW-ukrainischen Klimapartnerschaft!')).toBe('Klimapartnerschaft');
    expect(parseKind('Ein Porträt über Partnerschaften')).toBeNull();
    // A soft hyphen from the CMS must not cut the noun.
    expect(parseKind(collapseText('Porträt einer NRW-ukrainischen Solidaritäts\u00adpartnerschaft'))).toBe('Solidaritätspartnerschaft');
  });

  it('splits the interviewee into name and affiliation', () => {
    expect(parseInterviewee('Interview mit Lydia Steinhauer, Stadt Duisburg')).toEqual({ name: 'Lydia Steinhauer', affiliation: 'Stadt Duisburg' });
    expect(parseInterviewee('Interview mit Jens Albers')).toEqual({ name: 'Jens Albers', affiliation: null });
    expect(parseInterviewee('Das Interview führte Beate Brockmann')).toBeNull();
  });

  it('reads interviewer and photo credit, also from one combined line', () => {
    expect(parseInterviewer('Das Interview führte Beate Brockmann')).toBe('Beate Brockmann');
    expect(parseInterviewer('Das Interview führte Beate Brockmann. Fotos: pixabay')).toBe('Beate Brockmann');
    expect(parsePhotoCredit('Das Interview führte Beate Brockmann. Fotos: pixabay')).toBe('pixabay');
    expect(parsePhotoCredit('Fotos: Stadt Hürth')).toBe('Stadt Hürth');
    expect(parsePhotoCredit('Die Fotos zeigen den Besuch.')).toBeNull();
  });

  it('recognises closing lines but not ordinary answers', () => {
    expect(isClosingLine('Frau Steinhauer, wir danken Ihnen für das Interview.')).toBe(true);
    expect(isClosingLine('Impressum')).toBe(true);
    expect(isClosingLine('Herr Albers, vielen Dank für das Gespräch!')).toBe(true);
    expect(parseInterviewer('Die Fragen stellte Beate Brockmann.')).toBe('Beate Brockmann');
    expect(parsePhotoCredit('Bildquelle: Stadt Bochum')).toBe('Stadt Bochum');
    expect(isClosingLine('Wir danken allen Spenderinnen und Spendern.')).toBe(false);
  });
});

describe('titles and partners', () => {
  it('splits partners on en dash, em dash and spaced hyphen only', () => {
    expect(splitPartners('Duisburg – Kryvyi Rih')).toEqual(['Duisburg', 'Kryvyi Rih']);
    expect(splitPartners('Wuppertal — Kamjanez-Podilskyj')).toEqual(['Wuppertal', 'Kamjanez-Podilskyj']);
    expect(splitPartners('Rhein-Sieg-Kreis - Lwiw')).toEqual(['Rhein-Sieg-Kreis', 'Lwiw']);
  });

  it('strips the site suffix from <title> and og:title', () => {
    expect(stripSiteSuffix('Duisburg – Kryvyi Rih – Städtepartnerschaften NRW')).toBe('Duisburg – Kryvyi Rih');
    expect(stripSiteSuffix('Münster – Winnyzja | Städtepartnerschaften NRW')).toBe('Münster – Winnyzja');
    expect(stripSiteSuffix('Kreis Lippe – Lutsk')).toBe('Kreis Lippe – Lutsk');
    const doc = new DOMParser().parseFromString('<title>Städtepartnerschaften NRW</title>', 'text/html');
    expect(metaTitle(doc)).toBeNull();
  });

  it('derives partners from the slug, spelled as on the page where possible', () => {
    expect(partnersFromSlug('https://staedtepartnerschaftennrw.org/huerth-peremyshlyany/', 'Interview mit X, Stadt Hürth')).toEqual(['Hürth', 'Peremyshlyany']);
    expect(partnersFromSlug('https://staedtepartnerschaftennrw.org/kreis-lippe-lutsk/', '')).toEqual(['Kreis Lippe', 'Lutsk']);
    expect(partnersFromSlug('https://staedtepartnerschaftennrw.org/duisburg-kryvyi-rih/', 'in Kryvyi Rih')).toEqual(['Duisburg', 'Kryvyi Rih']);
    expect(partnersFromSlug('https://staedtepartnerschaftennrw.org/projekt/', '')).toBeNull();
  });
});
