import { describe, expect, it } from 'vitest';
import { publicationTitleFor } from '../../../renderer/src/app/publication-title';
import { dictionaryField, fieldId } from '../../../renderer/src/components/describe/field-ids';
import { issueText } from '../../../renderer/src/components/describe/issue-text';
import { createI18n } from '../../../renderer/src/i18n/create-i18n';
import { BUDGET_2024 } from './example-metadata';

describe('Describe screen helpers', () => {
  it('names a new publication after its file', () => {
    expect(publicationTitleFor('Registar 2024.xlsx')).toBe('Registar 2024');
    expect(publicationTitleFor('.xlsx')).toBe('.xlsx');
    expect(publicationTitleFor(`${'a'.repeat(300)}.csv`)).toHaveLength(200);
  });

  it('derives focusable ids from issue fields', () => {
    expect(fieldId('temporalCoverage.start')).toBe('md-temporalCoverage-start');
    expect(dictionaryField('dictionary.3.label')).toEqual({ index: 3, part: 'label' });
    expect(dictionaryField('title')).toBeNull();
  });

  it('says what is wrong in the clerk’s language, with the field and the numbers', () => {
    const issue = { field: 'title', code: 'tooShort', params: { limit: 8, length: 5 } } as const;
    expect(issueText(issue, BUDGET_2024, createI18n('sr-Cyrl'))).toBe(
      'Наслов: прекратко је (5 знакова), треба најмање 8.',
    );
    expect(issueText(issue, BUDGET_2024, createI18n('sr-Latn'))).toBe(
      'Naslov: prekratko je (5 znakova), treba najmanje 8.',
    );
    expect(issueText(issue, BUDGET_2024, createI18n('en'))).toBe(
      'Title: too short (5 characters), at least 8 needed.',
    );
    const column = { field: 'dictionary.0.label', code: 'required', params: {} } as const;
    expect(issueText(column, BUDGET_2024, createI18n('sr-Cyrl'))).toBe(
      'Речник колона, колона „Iznos“: Назив: попуните ово поље.',
    );
  });
});
