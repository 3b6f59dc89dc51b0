import { describe, expect, it } from 'vitest';
import { isCsvDelimiterChoice, isExportFormat, patternHost, resolveCsvDelimiter, siteToPattern } from '../../../src/capture/settings-values';

describe('settings values', () => {
  it('resolves the CSV delimiter "auto" by locale', () => {
    expect(resolveCsvDelimiter('auto', 'de-DE')).toBe(';');
    expect(resolveCsvDelimiter('auto', 'en-US')).toBe(',');
    expect(resolveCsvDelimiter(',', 'de-DE')).toBe(',');
  });

  it('turns what the user types into a host-only match pattern', () => {
    expect(siteToPattern('example.org')).toBe('*://example.org/*');
    expect(siteToPattern(' https://www.Stadt-Beispiel.de/partner/ ')).toBe('*://www.stadt-beispiel.de/*');
    expect(siteToPattern('')).toBeNull();
    expect(siteToPattern('not a host')).toBeNull();
    expect(siteToPattern('localhost')).toBeNull();
    expect(siteToPattern('*.example.org')).toBeNull();
    expect(patternHost('*://example.org/*')).toBe('example.org');
  });

  it('guards stored values', () => {
    expect(isExportFormat('csv')).toBe(true);
    expect(isExportFormat('xml')).toBe(false);
    expect(isCsvDelimiterChoice(';')).toBe(true);
    expect(isCsvDelimiterChoice('\t')).toBe(false);
  });
});
