/**
 * The recipes repository (migration 0006): versions are append-only, the current version and
 * the undo/redo stacks are written with each edit, a damaged stored recipe reads as nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseRecipe, type Recipe } from '../../../shared/recipe';
import { openDatabase, type Db } from '../../../electron/backend/db/database';
import { PublicationsRepo } from '../../../electron/backend/db/publications-repo';
import { MAX_UNDO, RecipesRepo } from '../../../electron/backend/db/recipes-repo';
import { check, recipe, step } from '../recipe/helpers';

let dir: string;
let db: Db;
let repo: RecipesRepo;
let publicationId: string;

const parse = (value: unknown): Recipe | null => {
  const parsed = parseRecipe(value, check);
  return parsed.ok ? parsed.recipe : null;
};

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-recipes-repo-'));
  db = openDatabase(dir);
  repo = new RecipesRepo(db, parse);
  publicationId = new PublicationsRepo(db).create('Pomoć', null).id;
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('RecipesRepo', () => {
  it('saves every edit as a new version and stacks the previous one for undo', () => {
    expect(repo.load(publicationId)).toBeNull();
    const one = recipe(step('trim-whitespace', undefined));
    const two = recipe(...one.steps, step('fill-down', 'Naselje'));
    expect(repo.saveEdit(publicationId, one, 'add')).toBe(1);
    expect(repo.saveEdit(publicationId, two, 'add')).toBe(2);
    const saved = repo.load(publicationId);
    expect(saved).toMatchObject({ version: 2, undo: [1], redo: [] });
    expect(saved?.recipe).toEqual(two);
    expect(repo.version(publicationId, 1)).toEqual(one);
    repo.moveTo(publicationId, 1, [], [2]);
    expect(repo.load(publicationId)).toMatchObject({ version: 1, undo: [], redo: [2] });
    // A new edit after undo clears redo.
    expect(repo.saveEdit(publicationId, two, 'update')).toBe(3);
    expect(repo.load(publicationId)).toMatchObject({ version: 3, undo: [1], redo: [] });
  });

  it('keeps versions append-only and at most MAX_UNDO undo steps', () => {
    const r = recipe(step('trim-whitespace', undefined));
    for (let i = 0; i < MAX_UNDO + 5; i++) repo.saveEdit(publicationId, r, 'add');
    expect(repo.load(publicationId)?.undo).toHaveLength(MAX_UNDO);
    expect(() =>
      db.prepare("UPDATE recipe_versions SET change = 'x' WHERE version = 1").run(),
    ).toThrow(/append-only/);
  });

  it('reads a damaged or invalid stored recipe as no recipe', () => {
    repo.saveEdit(publicationId, recipe(step('trim-whitespace', undefined)), 'add');
    db.prepare(
      `INSERT INTO recipe_versions (publication_id, version, recipe, change, created_at)
       VALUES (?, 2, '{"version":1,"steps":[{"id":"s1","op":"nope","params":{},"enabled":true}]}', 'add', 'x')`,
    ).run(publicationId);
    repo.moveTo(publicationId, 2, [1], []);
    expect(repo.load(publicationId)).toBeNull();
    expect(repo.version(publicationId, 1)).not.toBeNull();
  });

  it('keeps the baseline as columns, row count and row keys', () => {
    expect(repo.baseline(publicationId)).toBeNull();
    repo.saveBaseline(publicationId, [{ key: 'c0', name: 'Ime', type: 'text' }], 2, ['a1', 'b2']);
    expect(repo.baseline(publicationId)).toMatchObject({
      columns: [{ key: 'c0', name: 'Ime', type: 'text' }],
      rowCount: 2,
      rowKeys: ['a1', 'b2'],
    });
  });
});
