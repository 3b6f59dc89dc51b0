import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  csvDelimiterSetting,
  exportFormatSetting,
  exportSettings,
  importSettings,
  recognitionSitesSetting,
} from '../../../src/browser/settings';
import { isCsvDelimiterChoice, isExportFormat, patternHost, resolveCsvDelimiter, siteToPattern } from '../../../src/settings/values';

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

describe('settings in a full backup (WXT storage on the fake browser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('exports every backed-up setting with its current value or default', async () => {
    await csvDelimiterSetting.setValue(';');
    await recognitionSitesSetting.setValue(['*://example.org/*']);
    expect(await exportSettings()).toEqual([
      { key: 'local:settings.exportFormat', value: 'json' },
      { key: 'local:settings.csvDelimiter', value: ';' },
      { key: 'local:settings.recognitionSites', value: ['*://example.org/*'] },
    ]);
  });

  it('round-trips through a backup into a fresh browser', async () => {
    await exportFormatSetting.setValue('markdown');
    await csvDelimiterSetting.setValue(',');
    await recognitionSitesSetting.setValue(['*://www.stadt-beispiel.de/*']);
    const saved = await exportSettings();
    fakeBrowser.reset();
    expect(await exportFormatSetting.getValue()).toBe('json');
    const result = await importSettings(saved);
    expect(result).toEqual({ applied: saved.map((s) => s.key), warnings: [] });
    expect(await exportSettings()).toEqual(saved);
  });

  it('skips invalid values and unknown keys with a warning, keeping the current value', async () => {
    await csvDelimiterSetting.setValue(';');
    const result = await importSettings([
      { key: 'local:settings.csvDelimiter', value: '\t' },
      { key: 'local:settings.exportFormat', value: 'csv' },
      { key: 'local:settings.recognitionSites', value: ['https://example.org/', 7] },
      { key: 'local:settings.fromTheFuture', value: true },
      { key: 'constructor', value: 1 },
    ]);
    expect(result.applied).toEqual(['local:settings.exportFormat']);
    expect(result.warnings).toEqual([
      'Setting ignored: "local:settings.csvDelimiter" must be "auto", "," or ";".',
      'Setting ignored: "local:settings.recognitionSites" must be a list of at most 500 different site patterns like "*://example.org/*".',
      'Setting ignored: "local:settings.fromTheFuture" is not a setting this version of Partnership Clipper knows.',
      'Setting ignored: "constructor" is not a setting this version of Partnership Clipper knows.',
    ]);
    expect(await csvDelimiterSetting.getValue()).toBe(';');
    expect(await exportFormatSetting.getValue()).toBe('csv');
    expect(await recognitionSitesSetting.getValue()).toEqual([]);
  });
});
