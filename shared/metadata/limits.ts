/**
 * Field limits. The portal's (udata-api.md §5.1, §5.2, §5.4) unless marked as Otvori's own.
 */
export const METADATA_LIMITS = {
  /** Portal: title required, at most 350 characters. */
  titleMax: 350,
  /**
   * Otvori's own: the portal accepts one letter, but a title of a few letters ("Test") tells a
   * re-user nothing and its slug is useless.
   */
  titleMin: 8,
  /** Portal: description required, non-empty Markdown, at most 100 000 characters. */
  descriptionMax: 100_000,
  /** Quality (udata QUALITY_DESCRIPTION_LENGTH, §10.4): longer than 100 characters. */
  descriptionQuality: 100,
  /** Otvori's own: beyond this a tag list stops helping search. */
  tagsMax: 30,
  /** Portal resource: title required, at most 350. */
  resourceTitleMax: 350,
  resourceDescriptionMax: 100_000,
  /** Otvori's own caps for the column dictionary. */
  dictionaryTextMax: 2_000,
  allowedValuesMax: 50,
  unitMax: 32,
  contactNameMax: 200,
  emailMax: 254,
  organizationNameMax: 200,
  /**
   * Draft caps: a draft must save whatever the clerk pasted (so the form can say "too long by
   * 40 characters") but the contract still refuses absurd payloads.
   */
  draftTextMax: 200_000,
  draftListMax: 1_000,
} as const;

/** Quality wants more than three tags (LEGACY score, §10.4: +2 if > 3 tags). */
export const QUALITY_MIN_TAGS = 4;
