import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sliceByCodePoints } from '../../../src/domain/text';
import type { Gazetteer } from '../../../src/extract/gazetteer';
import { loadGazetteer } from '../../../src/extract/registry';

const FIXTURES = path.join(__dirname, '../../fixtures/extract');
export const SEEDS = path.join(__dirname, '../../../seeds');

let gazetteer: Promise<Gazetteer> | undefined;
/** The seed registry as the gazetteer, read once per test file. */
export function seedGazetteer(): Promise<Gazetteer> {
  gazetteer ??= loadGazetteer(SEEDS);
  return gazetteer;
}

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** The text between code-point offsets, as a researcher slicing it in Python would get it. */
export const byCodePoints = sliceByCodePoints;
