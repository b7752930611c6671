/**
 * The shipped name dictionary as sets of matching keys (fold-key.ts), with both §3.3 keys for đ
 * (`djordjevic`, `dordevic`). Sources and licenses: data/LICENSE.md.
 */
import { CENSUS_GIVEN_NAMES, CENSUS_SURNAMES } from './data/names-census';
import { FAKER_FEMALE_NAMES, FAKER_MALE_NAMES, FAKER_SURNAMES } from './data/names-faker';
import { HUNSPELL_SR_SURNAMES } from './data/surnames-hunspell-sr';
import { foldKey, foldKeyDj } from './fold-key';

function keySet(...lists: readonly (readonly string[])[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const list of lists) {
    for (const word of list) {
      const key = foldKey(word);
      set.add(key);
      set.add(foldKeyDj(key));
    }
  }
  return set;
}

const words = (packed: string): string[] => packed.split(' ');

export const GIVEN_NAME_KEYS = keySet(
  CENSUS_GIVEN_NAMES,
  words(FAKER_FEMALE_NAMES),
  words(FAKER_MALE_NAMES),
);

export const SURNAME_KEYS = keySet(
  CENSUS_SURNAMES,
  words(FAKER_SURNAMES),
  words(HUNSPELL_SR_SURNAMES),
);
